//! `quads`: the command line over the server library.

use clap::{Parser, Subcommand};
use server::config::Config;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "quads",
    version,
    about = "Quads: the review engine for Collaborative Improvement and ADES Quads peer reviews"
)]
struct Cli {
    /// A TOML configuration file (environment variables override it).
    #[arg(long, global = true, env = "QUADS_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the GraphQL schema (SDL) to PATH, or to standard output.
    ExportSchema { path: Option<PathBuf> },
    #[command(flatten)]
    Run(RunCommand),
}

/// Commands that need the configuration and the database.
#[derive(Subcommand)]
enum RunCommand {
    /// Apply migrations and serve the API and the frontend.
    Serve,
    /// Apply pending migrations and exit.
    Migrate,
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Import data from files.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Load the reference data in data/ (idempotent).
    Seed {
        /// Also load the demonstration programme and users.
        #[arg(long)]
        demo: bool,
        /// Also generate N reviews over ten years of programmes, with
        /// hosts, focus, sign-offs, teams, conflicts and events, for
        /// benchmarks (see bench/).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        scale: Option<u32>,
    },
    /// Manage self-evaluation frameworks.
    #[command(subcommand)]
    Framework(FrameworkCommand),
    /// Inspect the email outbox, or retry a failed message.
    Outbox {
        #[command(subcommand)]
        command: OutboxCommand,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// List messages, newest first.
    List {
        /// Only messages in this status: pending, sent or failed.
        #[arg(long, value_parser = server::outbox::parse_status)]
        status: Option<store::outbox::OutboxStatus>,
        #[arg(long, default_value_t = 50)]
        limit: u64,
    },
    /// Put a failed message back in the queue.
    Retry { id: uuid::Uuid },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Record an earlier programme's reviews with their known facts and end
    /// state (e.g. data/programmes/ci-2021-2024.json).
    Programme { file: PathBuf },
}

#[derive(Subcommand)]
enum FrameworkCommand {
    /// Add a framework version from a JSON file in the format of
    /// data/frameworks/ (refused if that id and version are loaded).
    Import { file: PathBuf },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account with a password read from standard input (e.g. the first administrator).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// ADMIN, PROGRAMME_OFFICER, AUTHORITY_USER or REVIEWER; repeat for several.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// The person's local authority, by GSS code (e.g. S12000036).
        #[arg(long, conflicts_with = "organisation")]
        authority: Option<String>,
        /// A national body: ADES, ES or HMIE (the default is ADES).
        #[arg(long)]
        organisation: Option<String>,
        /// The lead (Director or Head of Service) of their authority.
        #[arg(long)]
        lead: bool,
        /// Read the password from standard input (required: never on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let command = match cli.command {
        Command::ExportSchema { path } => return export_schema(path.as_deref()),
        Command::Run(command) => command,
    };
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(reason) => {
            eprintln!("quads: {reason}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("quads: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quads: {}", one_line(&e));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes on one line.
fn one_line(e: &anyhow::Error) -> String {
    e.chain()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(": ")
}

/// Needs no configuration or database: the schema is the code's.
fn export_schema(path: Option<&std::path::Path>) -> ExitCode {
    let sdl = api::schema::sdl();
    let written = match path {
        None => {
            print!("{sdl}");
            Ok(())
        }
        Some(p) => std::fs::write(p, sdl).map_err(|e| format!("cannot write {}: {e}", p.display())),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("quads: {reason}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: RunCommand, config: Config) -> anyhow::Result<()> {
    tracing::info!(config = %config.describe(), "configuration");
    match command {
        RunCommand::Serve => {
            let app = server::Application::build(&config, config.clock()).await?;
            tracing::info!(
                "Quads is listening on http://{} (open {})",
                app.address(),
                config.public_url
            );
            app.run_until(server::shutdown_signal()).await
        }
        RunCommand::Migrate => {
            let store = store::Store::connect(&config.database_url, 1).await?;
            store.migrate().await?;
            tracing::info!("migrations applied");
            Ok(())
        }
        RunCommand::Seed { demo, scale } => {
            let data = server::seed::load_reference_data(&config.data_dir)?;
            let store = store::Store::connect(&config.database_url, 1).await?;
            store.migrate().await?;
            let report = store::reference::seed(&store, &data).await?;
            tracing::info!(?report, "reference data loaded");
            if demo {
                let added = server::accounts::add_demo_users(&store).await?;
                tracing::info!(added, "demo users");
                println!(
                    "Demo users (password: {}): admin@, officer@, lead@, qio@, reviewer@, the City of Edinburgh review team's peer1@, peer2@, peer3@, team1@, team2@, the self-evaluations' lead2@, peer4@, peer5@, peer6@, lead3@, the planned visit's lead4@, peer7@, peer8@, peer9@, the visit with findings' lead5@, peer10@, peer11@, peer12@, and the published report's lead6@, peer13@, peer14@, peer15@demo.quads.scot",
                    server::accounts::DEMO_PASSWORD
                );
                let ci = config.data_dir.join("programmes/ci-2021-2024.json");
                let imported = server::programmes::import_programme(&store, &ci).await?;
                tracing::info!(?imported, "2021-24 programme");
                let quads = server::programmes::create_quads_demo(&store).await?;
                tracing::info!(created = quads, "Quads 2024-25 demonstration");
                let ci = server::programmes::create_ci_demo(&store).await?;
                tracing::info!(
                    created = ci,
                    "Collaborative Improvement 2025-26 demonstration"
                );
            }
            if let Some(n) = scale {
                let made = server::seed::scale::generate(&store, n as usize).await?;
                println!(
                    "Scale run {}: {} reviews in {} programmes, {} users, {} team members, {} sign-offs, {} conflicts, {} events in {:.1} s",
                    made.run,
                    made.reviews,
                    made.programmes,
                    made.users,
                    made.members,
                    made.sign_offs,
                    made.conflicts,
                    made.events,
                    made.seconds
                );
            }
            Ok(())
        }
        RunCommand::Import(ImportCommand::Programme { file }) => {
            let store = store::Store::connect(&config.database_url, 1).await?;
            store.migrate().await?;
            match server::programmes::import_programme(&store, &file).await? {
                server::programmes::Imported::Added { programme, reviews } => {
                    println!("imported {programme}: {reviews} reviews")
                }
                server::programmes::Imported::AlreadyThere { programme } => {
                    println!("{programme} is already recorded; nothing changed")
                }
            }
            Ok(())
        }
        RunCommand::Framework(FrameworkCommand::Import { file }) => {
            let store = store::Store::connect(&config.database_url, 1).await?;
            store.migrate().await?;
            let f = server::seed::import_framework(&store, &file).await?;
            println!(
                "added framework {} version {} ({}): {} key areas, {} quality indicators",
                f.id,
                f.version,
                f.name,
                f.key_areas.len(),
                f.indicators().count()
            );
            Ok(())
        }
        RunCommand::User(UserCommand::Add {
            email,
            name,
            roles,
            authority,
            organisation,
            lead,
            password_stdin: _,
        }) => {
            let roles = roles
                .iter()
                .map(|r| r.parse::<domain::identity::Role>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| anyhow::anyhow!("--role: {e}"))?;
            let organisation = match (authority, organisation) {
                (Some(code), _) => server::accounts::OrganisationRef::Authority(code),
                (None, Some(short)) => server::accounts::OrganisationRef::National(short),
                (None, None) => server::accounts::OrganisationRef::National("ADES".into()),
            };
            let mut password = String::new();
            std::io::stdin().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']).to_string();
            let store = store::Store::connect(&config.database_url, 1).await?;
            store.migrate().await?;
            let user = server::accounts::add_user(
                &store,
                server::accounts::AccountSpec {
                    email,
                    name,
                    roles,
                    organisation,
                    lead,
                    password,
                },
            )
            .await?;
            println!("created {} ({})", user.email, user.id);
            Ok(())
        }
        RunCommand::Outbox { command } => {
            let store = store::Store::connect(&config.database_url, 1).await?;
            store.migrate().await?;
            let report = match command {
                OutboxCommand::List { status, limit } => {
                    server::outbox::list(&store, status, limit).await?
                }
                OutboxCommand::Retry { id } => {
                    server::outbox::retry(&store, id, chrono::Utc::now()).await?
                }
            };
            print!("{report}");
            if !report.ends_with('\n') {
                println!();
            }
            Ok(())
        }
    }
}
