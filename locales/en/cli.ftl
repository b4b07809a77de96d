# The command line's help and clap's errors. English help is clap's own, from the
# doc comments in src/cli.rs: these English texts must say the same (a test
# compares them); German replaces them.

## clap's own words
cli-usage-heading = Usage:
cli-usage-options = [OPTIONS]
cli-usage-command = COMMAND
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-arg-help = Print help
cli-arg-help-short = Print help (see more with '--help')
cli-arg-help-long = Print help (see a summary with '-h')
cli-arg-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-help-arg-subcommand = Print help for the subcommand(s)
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:

## clap's errors
cli-error = error: { $message }
cli-more-help = For more information, try '--help'.
cli-quoted = '{ $text }'
cli-tip = tip: { $tip }
cli-tip-similar-subcommand = { $count ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
cli-tip-similar-argument = { $count ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
cli-tip-similar-value = { $count ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
cli-tip-as-value = to pass '{ $arg }' as a value, use '{ $usage }'
cli-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-tip-exists = '{ $name }' exists
cli-subcommands = [subcommands: { $names }]
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-validation = invalid value '{ $value }' for '{ $arg }': { $why }
cli-error-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-error-missing-argument = the following required arguments were not provided:
cli-error-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-many = the argument '{ $arg }' cannot be used with:
cli-error-conflict-any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-number-of-values = wrong number of values for '{ $arg }'
cli-error-utf8 = invalid UTF-8 was detected in one or more arguments
cli-error-other = the command line could not be read

## circle
cli-about = A terminal facilitator for peer-coaching circles
cli-long-about =
    circle runs a peer-coaching meeting from a session protocol: time-boxed phases, equal turns for every member, the rules of each role on screen, and a big countdown everyone can read.

    Run `circle` alone to start a meeting on the default protocol (peer-circle) and type the members' names, or name them up front:

    {"  "}circle run peer-circle --members "Ana,Ben,Chen,Dee,Eve"
cli-after-help = Protocols: `circle protocols list`. Plan a meeting without running it: `circle plan peer-circle --members "Ana,Ben,Chen"`.
cli-arg-data-dir = Where groups and meeting notes are kept (default: your data dir; also CIRCLE_DATA_DIR)
cli-arg-lang = The language circle speaks: en or de (default: config.toml's `lang`, then LC_ALL, LC_MESSAGES, LANG)

## circle run and circle plan
cli-run-about = Run a meeting on the live screen
cli-plan-about = Print the timeline of a meeting without running it
cli-arg-protocol = Protocol id (see `circle protocols list`) or path to a protocol .toml file
cli-arg-members = The members present, comma-separated, in seating order: "Ana,Ben,Chen"
cli-arg-roster = Read the members from a group roster file (see examples/group.toml)
cli-arg-presenters = Who presents: a number (taken in rotation), "all", or names: "Ben,Dee"
cli-arg-length = Meeting length, e.g. 2h, 90m, 1h30m; every phase scales to end exactly on it
cli-arg-group = Meet as a group (see `circle group new`): its roster, fair rotation and memory
cli-arg-absent = Group members missing today, comma-separated
cli-arg-givers = Who gives each receiver suggestions (FeedForward): a number drawn at random, or stakeholders' names
cli-arg-seed = The seed of random draws (pairs, givers): the same seed draws the same again
cli-arg-facilitator = An outside facilitator who leads and keeps time but takes no turns, ratings or commitments
cli-arg-quiet = Never ring the terminal bell
cli-arg-theme = Colour theme: default, high-contrast (projectors, bright rooms) or mono (overrides config.toml; NO_COLOR turns colour off)
cli-arg-print = Print the plan instead of opening the live screen
cli-arg-no-save = Run the meeting without writing anything to disk
cli-arg-start = Clock time the meeting starts, e.g. 14:00 (today); default: now
cli-arg-format = Output: a readable table, or JSON for scripts

## circle protocols, completions, config
cli-protocols-about = List, show and check session protocols
cli-protocols-list-about = List every protocol circle knows: built-in and your own
cli-protocols-show-about = Show a protocol's phases, roles and norms
cli-protocols-show-arg-id = Protocol id or path
cli-protocols-check-about = Check protocol files and print every problem (exit code 2 if any)
cli-arg-files = Protocol files to check
cli-completions-about = Print a shell completion script (e.g. `circle completions bash > ~/.local/share/bash-completion/completions/circle`)
cli-arg-shell = The shell to complete for
cli-config-about = Show where circle's settings live
cli-config-path-about = Print the path of config.toml (it may not exist yet)

## circle group
cli-group-about = Create, show and change groups: a roster that circle remembers between meetings
cli-group-new-about = Create a group: `circle group new "Tuesday circle" --members "Ana,Ben,Chen" --meetings 6 --every month`
cli-group-new-arg-members = The members, comma-separated
cli-arg-every = How often the group meets: "month" (calendar months), "2 months", "4 weeks", "28 days"; a commitment is due by default at the next meeting
cli-arg-meetings = A programme of this many meetings: the screen says "meeting 3 of 6", the last celebrates
cli-group-arg-protocol = The protocol the group meets on (run --group uses it)
cli-group-arg-length = How long its meetings are, e.g. 2h (run --group uses it)
cli-group-arg-facilitator = An outside facilitator who leads its meetings but takes no turns ("" for none)
cli-group-arg-end-next = End the programme early: the next meeting is its last, with the review and celebration
cli-group-show-about = Show a group's roster, norms, who presents next, and its open commitments
cli-group-list-about = List the groups circle knows
cli-group-edit-about = Change a group's roster or settings; history follows renamed members
cli-group-share-about = Share a group through a git repository: its folder becomes one and is pushed
cli-group-share-arg-git = The repository's address (a private repository on any git host, or a path)
cli-group-join-about = Bring a group shared with `group share` onto this laptop
cli-group-join-arg-url = The repository's address
cli-group-sync-about = Commit what is new here, pull what is new there, push; say what came in
cli-group-sync-arg-name = The group (all shared groups when none is named)
cli-arg-add = Members to add, comma-separated
cli-arg-remove = Members who leave, comma-separated (their history is kept)
cli-group-edit-arg-open = What becomes of a leaving member's open commitments: carry them, or drop them
cli-value-carry = Keep them open: they are still listed and can be marked
cli-value-drop = Mark them dropped
cli-arg-rename = Rename a member: OLD=NEW (their history goes with them)

## circle history, commitments, export, questions, resume
cli-history-about = Past meetings of a group: who presented, commitments kept, the rating trend
cli-history-arg-group = Only this group (default: every group)
cli-commitments-about = Who owes what, by when (soonest first, overdue flagged); mark one with `circle commitments done|partly|drop ID`
cli-commitments-arg-group = Only this group (default: every group)
cli-commitments-arg-open = Only those not yet done or dropped
cli-commitments-done-about = Mark a commitment done
cli-commitments-partly-about = Mark a commitment partly done (it stays open)
cli-commitments-drop-about = Drop a commitment
cli-commitments-arg-id = The commitment's id (from `circle commitments`), or a unique end of it
cli-arg-note = What was learned, or why
cli-export-about = Export open commitments, e.g. to a calendar
cli-export-ics-about = Open commitments (with their buddy and a reminder the day before) and the next meeting as an iCalendar (.ics) file
cli-arg-output = Write here instead of standard output
cli-arg-check-ins = Add a buddy check-in halfway to each due date, so buddies call between meetings
cli-questions-about = Practise asking powerful questions
cli-questions-check-about = Say whether each question is open, closed, advice in disguise or judgemental, with a hint
cli-arg-questions = Questions to check, each in quotes
cli-arg-clarifying = Judge them as asked in a clarifying phase, where closed fact questions are fine
cli-questions-check-arg-language = The language the questions are written in: en or de (default: the language circle speaks)
cli-resume-about = Resume a meeting that was interrupted (closed window, crash, kill): exactly where it was
cli-resume-arg-id = The meeting to resume (from `circle resume --list`); default: the most recent
cli-arg-list = List unfinished meetings instead
cli-arg-discard = Throw the unfinished meeting away (its journal, record and summary): it never counts
cli-resume-arg-group = Only meetings of this group
cli-resume-arg-theme = Colour theme (overrides config.toml)
cli-watch-about = Follow a live meeting read-only, for a shared screen, a projector or a member's own terminal: the clock, the speaker and the rules, never the notes
cli-watch-arg-meeting = The meeting to follow: its id (from `circle resume --list`) or its group's name; default: the meeting live in the data dir, or the next one to begin
cli-watch-arg-once = When no meeting is live, say so and exit instead of waiting for one
cli-watch-arg-fill = Paint the whole screen in the state's colour (calm, wrap up, time), like a speaker's timing light

## The placeholders of values: <NAMES>, <OLD=NEW>
cli-placeholder-dir = DIR
cli-placeholder-lang = LANG
cli-placeholder-names = NAMES
cli-placeholder-gap = GAP
cli-placeholder-protocol = PROTOCOL
cli-placeholder-duration = DURATION
cli-placeholder-old = OLD
cli-placeholder-new = NEW
cli-placeholder-file = FILE
cli-placeholder-theme = THEME
cli-placeholder-id = ID
cli-placeholder-questions = QUESTIONS
cli-placeholder-files = FILES
cli-placeholder-meeting = MEETING
