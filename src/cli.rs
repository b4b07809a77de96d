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

    /// The language circle speaks: en or de (default: config.toml's `lang`, then LC_ALL, LC_MESSAGES, LANG)
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
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
    /// Who owes what, by when (soonest first, overdue flagged); mark one with
    /// `circle commitments done|partly|drop ID`
    Commitments {
        #[command(subcommand)]
        action: Option<CommitmentsAction>,
        /// Only this group (default: every group)
        #[arg(short, long, value_name = "NAME", global = true)]
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
    /// Follow a live meeting read-only, for a shared screen, a projector or a member's own terminal:
    /// the clock, the speaker and the rules, never the notes
    Watch(WatchArgs),
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The meeting to follow: its id (from `circle resume --list`) or its group's name; default: the
    /// meeting live in the data dir, or the next one to begin
    #[arg(value_name = "MEETING")]
    pub meeting: Option<String>,
    /// When no meeting is live, say so and exit instead of waiting for one
    #[arg(long)]
    pub once: bool,
    /// Paint the whole screen in the state's colour (calm, wrap up, time), like a speaker's timing light
    #[arg(long)]
    pub fill: bool,
    /// Colour theme: default, high-contrast (projectors, bright rooms) or mono (overrides config.toml; NO_COLOR turns colour off)
    #[arg(long, value_parser = theme_name, value_name = "THEME")]
    pub theme: Option<ThemeName>,
}

#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// The meeting to resume (from `circle resume --list`); default: the most recent
    pub id: Option<String>,
    /// List unfinished meetings instead
    #[arg(long)]
    pub list: bool,
    /// Throw the unfinished meeting away (its journal, record and summary): it never counts
    #[arg(long)]
    pub discard: bool,
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

/// What a group meets on, how often and for how long: shared by `group new` and `group edit`.
#[derive(Debug, Clone, Default, Args)]
pub struct GroupSettings {
    /// How often the group meets: "month" (calendar months), "2 months", "4 weeks", "28 days";
    /// a commitment is due by default at the next meeting
    #[arg(long, value_name = "GAP")]
    pub every: Option<String>,
    /// A programme of this many meetings: the screen says "meeting 3 of 6", the last celebrates
    #[arg(long, value_name = "N")]
    pub meetings: Option<u32>,
    /// The protocol the group meets on (run --group uses it)
    #[arg(long, value_name = "PROTOCOL")]
    pub protocol: Option<String>,
    /// How long its meetings are, e.g. 2h (run --group uses it)
    #[arg(long, value_name = "DURATION")]
    pub length: Option<String>,
    /// An outside facilitator who leads its meetings but takes no turns ("" for none)
    #[arg(long, value_name = "NAME")]
    pub facilitator: Option<String>,
    /// End the programme early: the next meeting is its last, with the review and celebration
    #[arg(long, conflicts_with = "meetings")]
    pub end_next: bool,
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a group: `circle group new "Tuesday circle" --members "Ana,Ben,Chen" --meetings 6 --every month`
    New {
        name: String,
        /// The members, comma-separated
        #[arg(short, long, value_name = "NAMES")]
        members: String,
        #[command(flatten)]
        settings: GroupSettings,
    },
    /// Show a group's roster, norms, who presents next, and its open commitments
    Show { name: String },
    /// List the groups circle knows
    List,
    /// Change a group's roster or settings; history follows renamed members
    Edit {
        name: String,
        /// Members to add, comma-separated
        #[arg(long, value_name = "NAMES")]
        add: Option<String>,
        /// Members who leave, comma-separated (their history is kept)
        #[arg(long, value_name = "NAMES")]
        remove: Option<String>,
        /// What becomes of a leaving member's open commitments: carry them, or drop them
        #[arg(long, value_enum, value_name = "carry|drop", requires = "remove")]
        open: Option<OpenOnLeave>,
        /// Rename a member: OLD=NEW (their history goes with them)
        #[arg(long, value_name = "OLD=NEW")]
        rename: Vec<String>,
        #[command(flatten)]
        settings: GroupSettings,
    },
    /// Share a group through a git repository: its folder becomes one and is pushed
    Share {
        name: String,
        /// The repository's address (a private repository on any git host, or a path)
        #[arg(long, value_name = "URL")]
        git: String,
    },
    /// Bring a group shared with `group share` onto this laptop
    Join {
        /// The repository's address
        url: String,
    },
    /// Commit what is new here, pull what is new there, push; say what came in
    Sync {
        /// The group (all shared groups when none is named)
        name: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OpenOnLeave {
    /// Keep them open: they are still listed and can be marked
    Carry,
    /// Mark them dropped
    Drop,
}

#[derive(Debug, Subcommand)]
pub enum CommitmentsAction {
    /// Mark a commitment done
    Done(MarkArgs),
    /// Mark a commitment partly done (it stays open)
    Partly(MarkArgs),
    /// Drop a commitment
    Drop(MarkArgs),
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The commitment's id (from `circle commitments`), or a unique end of it
    pub id: String,
    /// What was learned, or why
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Open commitments (with their buddy and a reminder the day before) and the next
    /// meeting as an iCalendar (.ics) file
    Ics {
        #[arg(short, long, value_name = "NAME")]
        group: String,
        /// Write here instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Add a buddy check-in halfway to each due date, so buddies call between meetings
        #[arg(long)]
        check_ins: bool,
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
        /// The language the questions are written in: en or de (default: the language circle speaks)
        #[arg(long, value_name = "LANG")]
        language: Option<crate::i18n::Lang>,
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

    /// Who gives each receiver suggestions (FeedForward): a number drawn at random, or stakeholders' names
    #[arg(long, value_name = "N|NAMES")]
    pub givers: Option<String>,

    /// The seed of random draws (pairs, givers): the same seed draws the same again
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// An outside facilitator who leads and keeps time but takes no turns, ratings or commitments
    #[arg(long, value_name = "NAME")]
    pub facilitator: Option<String>,
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
