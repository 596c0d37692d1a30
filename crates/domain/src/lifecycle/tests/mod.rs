//! Tests of the lifecycle, beside the code. `fixtures` builds a review on
//! which every guard holds, so each test breaks exactly what it is about.

mod changes;
mod fixtures;
mod focus_and_team;
mod generators;
mod oracle;
mod pairs;
mod properties;
mod rights;
mod schedule;
mod stages;
mod states;
mod tasks;
