//! The command line (clap). Help texts teach: each says what a thing is for.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::config::ThemeName;

#[derive(Debug, Parser)]
#[command(
    name = "circle",
    version,
    about = "A terminal facilitator for peer-coaching circles",
    long_about = "circle runs a peer-coaching meeting from a session protocol: time-boxed phases, \
equal turns for every member, the rules of each role on screen, and a big countdown \
everyone can read.\n\nRun `circle` alone to start a meeting on the default protocol \
(peer-circle) and type the members' names, or name them up front:\n\n  \
circle run peer-circle --members \"Ana,Ben,Chen,Dee,Eve\"",
    after_help = "Protocols: `circle protocols list`. Plan a meeting without running it: \
`circle plan peer-circle --members \"Ana,Ben,Chen\"`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,

    /// Where groups and meeting notes are kept (default: your data dir; also CIRCLE_DATA_DIR)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Run a meeting on the live screen
    Run(RunArgs),
    /// Print the timeline of a meeting without running it
    Plan(PlanArgs),
    /// List, show and check session protocols
    #[command(subcommand)]
    Protocols(ProtocolsCommand),
    /// Print a shell completion script (e.g. `circle completions bash > ~/.local/share/bash-completion/completions/circle`)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Show where circle's settings live
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Create, show and change groups: a roster that circle remembers between meetings
    #[command(subcommand)]
    Group(GroupCommand),
    /// Past meetings of a group: who presented, commitments kept, the rating trend
    History {
        /// Only this group (default: every group)
        #[arg(short, long, value_name = "NAME")]
        group: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Who owes what, by when: the commitments made at meetings
    Commitments {
        /// Only this group (default: every group)
        #[arg(short, long, value_name = "NAME")]
        group: Option<String>,
        /// Only those not yet done or dropped
        #[arg(long)]
        open: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Export open commitments, e.g. to a calendar
    #[command(subcommand)]
    Export(ExportCommand),
    /// Practise asking powerful questions
    #[command(subcommand)]
    Questions(QuestionsCommand),
    /// Resume a meeting that was interrupted (closed window, crash, kill): exactly where it was
    Resume(ResumeArgs),
}

#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// The meeting to resume (from `circle resume --list`); default: the most recent
    pub id: Option<String>,
    /// List unfinished meetings instead
    #[arg(long)]
    pub list: bool,
    /// Only meetings of this group
    #[arg(short, long, value_name = "NAME")]
    pub group: Option<String>,
    /// Never ring the terminal bell
    #[arg(short, long)]
    pub quiet: bool,
    /// Colour theme (overrides config.toml)
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a group: `circle group new "Tuesday circle" --members "Ana,Ben,Chen"`
    New {
        name: String,
        /// The members, comma-separated
        #[arg(short, long, value_name = "NAMES")]
        members: String,
        /// Days between meetings; a commitment is due by default at the next one
        #[arg(long, value_name = "DAYS", default_value_t = crate::defaults::CADENCE_DAYS)]
        every: i64,
    },
    /// Show a group's roster, who presents next, and its open commitments
    Show { name: String },
    /// List the groups circle knows
    List,
    /// Change a group's roster
    Edit {
        name: String,
        /// Members to add, comma-separated
        #[arg(long, value_name = "NAMES")]
        add: Option<String>,
        /// Members to remove, comma-separated
        #[arg(long, value_name = "NAMES")]
        remove: Option<String>,
        /// Rename a member: OLD=NEW
        #[arg(long, value_name = "OLD=NEW")]
        rename: Vec<String>,
        /// Days between meetings
        #[arg(long, value_name = "DAYS")]
        every: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Open commitments with due dates as an iCalendar (.ics) file
    Ics {
        #[arg(short, long, value_name = "NAME")]
        group: String,
        /// Write here instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum QuestionsCommand {
    /// Say whether each question is open, closed, advice in disguise or judgemental, with a hint
    Check {
        /// Questions to check, each in quotes
        #[arg(required = true)]
        questions: Vec<String>,
        /// Judge them as asked in a clarifying phase, where closed fact questions are fine
        #[arg(long)]
        clarifying: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// What a meeting is made of: shared by `run` and `plan`.
#[derive(Debug, Clone, Args)]
pub struct MeetingArgs {
    /// Protocol id (see `circle protocols list`) or path to a protocol .toml file
    #[arg(value_name = "PROTOCOL")]
    pub protocol: Option<String>,

    /// The members present, comma-separated, in seating order: "Ana,Ben,Chen"
    #[arg(short, long, value_name = "NAMES")]
    pub members: Option<String>,

    /// Read the members from a group roster file (see examples/group.toml)
    #[arg(long, value_name = "FILE", conflicts_with = "members")]
    pub roster: Option<PathBuf>,

    /// Who presents: a number (taken in rotation), "all", or names: "Ben,Dee"
    #[arg(short, long, value_name = "N|all|NAMES")]
    pub presenters: Option<String>,

    /// Meeting length, e.g. 2h, 90m, 1h30m; every phase scales to end exactly on it
    #[arg(short, long, value_name = "DURATION")]
    pub length: Option<String>,

    /// Meet as a group (see `circle group new`): its roster, fair rotation and memory
    #[arg(short, long, value_name = "NAME", conflicts_with_all = ["members", "roster"])]
    pub group: Option<String>,

    /// Group members missing today, comma-separated
    #[arg(long, value_name = "NAMES", requires = "group")]
    pub absent: Option<String>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub meeting: MeetingArgs,

    /// Never ring the terminal bell
    #[arg(short, long)]
    pub quiet: bool,

    /// Colour theme: default, high-contrast (projectors, bright rooms) or mono (overrides config.toml; NO_COLOR turns colour off)
    #[arg(long, value_parser = theme_name, value_name = "THEME")]
    pub theme: Option<ThemeName>,

    /// Print the plan instead of opening the live screen
    #[arg(long)]
    pub print: bool,

    /// Run the meeting without writing anything to disk
    #[arg(long)]
    pub no_save: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub meeting: MeetingArgs,

    /// Clock time the meeting starts, e.g. 14:00 (today); default: now
    #[arg(long, value_name = "HH:MM")]
    pub start: Option<String>,

    /// Output: a readable table, or JSON for scripts
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// `--theme`: one of the names in [`ThemeName::ALL`].
fn theme_name(text: &str) -> Result<ThemeName, String> {
    text.parse()
}

#[derive(Debug, Subcommand)]
pub enum ProtocolsCommand {
    /// List every protocol circle knows: built-in and your own
    List,
    /// Show a protocol's phases, roles and norms
    Show {
        /// Protocol id or path
        id: String,
    },
    /// Check protocol files and print every problem (exit code 2 if any)
    Check {
        /// Protocol files to check
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path of config.toml (it may not exist yet)
    Path,
}
