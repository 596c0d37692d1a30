//! Email delivery against a real SMTP server (tests/smtp/server.py, started
//! per test on a loopback port), in process and with the real binary.

mod accounts;
mod admin;
mod delivery;
mod findings_readable;
mod processes;
mod reminders;
mod report;
mod review_invitations;
pub(crate) mod smtp;
pub(crate) mod survey;
mod visit_invitations;

pub(crate) use crate::each_database as mail_test;
