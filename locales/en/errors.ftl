# Error messages and hints: protocol files, config, rosters, plans, files on
# disk. The place (`file:line:col:`) and every quoted key, value or name stay
# as they are; only the words around them are translated.

## The frame of every file diagnostic (src/toml_reader/diagnostic.rs).
err-error = error
err-error-in = error in `{ $path }`
err-help = help
err-problems-found = { $count } problems found; fix them and run again.

## Reading TOML (src/toml_reader/reader.rs).
err-unknown-key = unknown key `{ $key }`
err-did-you-mean-key = did you mean `{ $best }`?
err-allowed-keys = allowed keys here: { $keys }
err-expected-found = expected { $expected }, found { $found }
err-empty = { $what } is empty
err-missing-required = missing `{ $key }`: { $what } is required
err-add-line = add a line like: { $key } = "…"
err-empty-text = empty text; remove it or write something
err-duration-unit-hint = write "{ $n }m" or "{ $n }s" with a unit
err-duration-zero = "{ $text }" is zero; every time must be longer than zero
err-number-too-large = number is too large
err-toml-syntax = TOML syntax error: { $message }
err-toml-help = see https://toml.io for the file format
err-type-string = a string
err-type-strings = a list of strings, like ["…", "…"]
err-type-duration = a duration like "8m"
err-type-warn = a wrap-up warning like "1m" or "20%"
err-type-whole-number = a whole number
err-type-bool = true or false
err-type-table = a table
err-type-tables = a list of tables written as [[{ $key }]]
err-found-string = a string ("{ $text }")
err-found-number = a number ({ $n })
err-found-decimal = a decimal number ({ $n })
err-found-datetime = a date/time ({ $d })
err-found-list = a list

## Choosing among words (protocol kinds, turn modes, roles, ids).
err-did-you-mean-one-of = did you mean "{ $best }"? (one of: { $choices })
err-did-you-mean-quoted = did you mean "{ $best }"?
err-one-of = one of: { $choices }

## Durations and wrap-up warnings (src/protocol/duration.rs).
err-duration-negative = "{ $text }" is negative; times must be positive
err-duration-invalid = "{ $text }" is not a duration; write it like "90s", "8m" or "1h30m"
err-duration-fraction = "{ $text }" has a fraction of a second; use whole seconds
err-duration-too-long = "{ $text }" is longer than circle can plan (1000h at most)
err-warn-not-share = "{ $text }" is not a share; write a whole percentage like "20%"
err-warn-range = "{ $text }" must be between 1% and 99%
err-warn-zero = "{ $text }" is zero; a wrap-up warning must come before the end
protocol-warn-before = { $time } before the end
protocol-warn-percent = { $percent }% of the step before the end

## Protocol files (src/protocol/).
err-protocol-too-big = the file is { $size } KB; protocol files may be at most { $max } KB
err-protocol-too-big-help = a protocol is a short list of phases; check this is the right file
err-protocol-name-what = the protocol's name
err-meeting-too-long = a { $length } meeting is longer than circle plans ({ $max } at most)
err-protocol-presenters-over-max = { $count } presenters, but the group has at most { $max } members
err-protocol-too-many-phases = more than { $max } phases; circle refuses to plan a meeting this large
err-protocol-no-rounds = no [[round]] phases: a protocol needs at least one phase that each presenter goes through
err-protocol-no-rounds-help = add a [[round]] table, e.g. kind = "challenge" with a duration
err-protocol-group-size = { $n } is not a group size (1 to 1000)
err-protocol-max-below-min = max ({ $max }) is smaller than min ({ $min })
err-protocol-presenters-type = expected a number of presenters (1 or more) or "all", found { $found }
err-protocol-role-type = expected a table like [roles.{ $id }], found { $found }
err-protocol-unknown-kind = unknown phase kind "{ $kind }"
err-protocol-unknown-turns = unknown turn mode "{ $mode }"
err-protocol-turns-need-presenter = turns = "{ $mode }" needs a presenter, and only [[round]] phases have one
err-protocol-turns-need-presenter-help = use "each" (every member in turn) or "open" here
err-protocol-both-times = a phase has either `duration` or `per_turn`, not both
err-protocol-both-times-help = keep `duration` to split a total among turns, or `per_turn` for a fixed time each
err-protocol-per-turn-open = `per_turn` on an open phase: an open phase has no turns
err-protocol-per-turn-open-help = use `duration`, or set turns = "each" or "coaches"
err-protocol-no-time = missing a time: give `duration` (e.g. "10m") or `per_turn` (e.g. "2m")
err-protocol-unknown-role = no role "{ $role }" in this protocol
err-protocol-max-turn-short = max_turn ({ $max }) is shorter than min_turn ({ $min })
err-protocol-max-turn-short-help = swap them, or drop one to use the kind's default
err-protocol-break-turns = a break has no turns: everyone pauses together
err-protocol-break-turns-help = drop `turns` from the break
err-protocol-break-speaker = a break has no speaker
err-protocol-break-speaker-help = drop `speaker` from the break
err-protocol-unknown-when = unknown `when` "{ $when }"
err-protocol-unknown-when-help = the one choice is "group": the phase runs only with --group
err-protocol-givers = givers is a number of people, 1 or more
err-protocol-not-a-file = this is { $kind }, not a protocol file
err-protocol-not-a-file-help = give the path of a .toml file, or a protocol's id (see `circle protocols list`)
err-not-utf8 = the file is not valid UTF-8 text
err-not-utf8-help = save it as UTF-8
err-protocol-unreadable = its file could not be read: { $error }
err-no-protocol = no protocol "{ $id }"
err-known-protocols = known protocols: { $known }
err-protocol-path-works = a path to a .toml file works too

## What a protocol describes (src/protocol/model.rs).
protocol-group-range = { $min }–{ $max } members
protocol-group-exactly = { $count ->
    [one] one member
   *[other] exactly { $count } members
}
protocol-group-at-least = { $min } or more members
protocol-group-up-to = up to { $max } members
protocol-group-any = any size
protocol-presenters = { $count ->
    [one] 1 presenter
   *[other] { $count } presenters
}
protocol-presenters-all = every member presents
role-presenter = Presenter
role-coach = Peer coach
kind-title-norms = Agree the norms
kind-title-report-back = Report back
kind-title-challenge = The challenge
kind-title-clarifying = Clarifying questions
kind-title-questions = Questions
kind-title-reframe = Reframe
kind-title-options = Options
kind-title-reflection = Reflection
kind-title-feedback = Feedback
kind-title-commitment = Commitment
kind-title-check-out = Check-out
kind-title-contracting = Why we are here
kind-title-review = Looking back on our programme
kind-title-break = Break
kind-title-custom = Open time

## Reading files (src/safe_read.rs, src/roster.rs, src/store.rs, src/config.rs).
err-cannot-read = cannot read: { $error }
err-read-not-regular = not a regular file ({ $kind }); give the path of a file
err-read-too-large = too large ({ $size } bytes; at most { $cap }); is this the right file?
err-read-not-utf8 = not UTF-8 text ({ $error })
err-kind-pipe = a named pipe
err-kind-char-device = a character device
err-kind-block-device = a block device
err-kind-socket = a socket
err-kind-folder = a folder
err-kind-link = a symbolic link (circle does not follow links in its data dir)
err-kind-not-a-file = not a file
err-io-not-found = no such file or folder
err-io-permission = permission denied
err-io-is-folder = is a folder
err-io-exists = already exists
err-io-invalid-data = invalid data
err-io-full = the disk is full
err-io-read-only = read-only file system
err-input-not-a-file = this is { $kind }, not a file circle can read
err-input-too-large = too large ({ $size } bytes; at most { $cap })
err-input-help = give the path of a small text file
err-roster-name-what = the group's name
err-roster-no-members = missing `members`: list the group's members
err-config-unknown-theme = unknown theme "{ $theme }"
err-config-unknown-lang = unknown language "{ $lang }"
err-cannot-create = cannot create { $path }
err-cannot-write-in = cannot write in { $path }
err-cannot-write = cannot write { $path }
err-cannot-save = cannot save { $path }
err-store-no-folder = a file needs a folder
err-store-not-yours = { $path } belongs to another user (uid { $owner }); circle keeps your notes only in a folder that is yours (give --data-dir a folder of your own)
err-store-writable = warning: { $path } can be changed by other users (mode { $mode }), who could read or replace your notes; make it yours alone with `chmod go-w` on it
err-store-symlink = { $path } is a symbolic link; circle keeps notes only in real folders inside its data dir (replace the link with a folder, or point --data-dir at the target)

## Planning a meeting (src/plan/).
err-members-wrong-size = { $count ->
    [one] { $count } member
   *[other] { $count } members
} given, but "{ $protocol }" is for { $size }
err-members-none = no members: name at least one with --members "Ana,Ben,Chen"
err-member-empty = member { $n } has an empty name (two commas in a row?)
err-member-control = member { $n } ("{ $name }") has control characters in the name; type it plainly
err-member-twice = "{ $name }" is listed twice; every member needs a distinct name
err-presenter-twice = presenter "{ $name }" is named twice
err-presenter-not-member = presenter "{ $name }" is not a member
err-presenters-over-members = { $presenters } presenters, but only { $count ->
    [one] { $count } member
   *[other] { $count } members
}
err-presenters-none = at least one member presents
err-presenters-empty = nothing given: type a number, "all", or names
err-facilitator-empty = is empty: give the facilitator's name
err-facilitator-control = has control characters in the name; type it plainly
err-facilitator-member = "{ $name }" is a member and the outside facilitator; an outside facilitator takes no turns, so leave them out of the members (or drop --facilitator)
err-givers-at-least-one = at least one giver
err-givers-empty = is empty: give a number, or the stakeholders' names
err-givers-not-member = "{ $name }" is not a member
err-givers-only-receiver = "{ $title }" for { $receiver }: none of the givers named is anyone but the receiver; name other stakeholders
err-plan-no-coaches = "{ $title }" gives turns to the coaches, but with { $count ->
    [one] { $count } member
   *[other] { $count } members
} there are none; "{ $protocol }" needs at least 2 members
err-plan-no-time = the meeting has no time in it
err-plan-fixed-too-long = its per-turn times and breaks alone take { $fixed }, and they are never cut
err-plan-under-floor = "{ $title }" would get turns of { $turn }, under the { $floor } a turn needs at the very least (its minimum is { $min })
err-plan-too-short = a { $length } meeting is too short for "{ $protocol }" with { $count } members: { $why }; { $fix }
plan-try = try { $fixes }
plan-try-length = try --length { $length } or more
plan-join-or = { $rest }, or { $last }
plan-fix-min-turn = min_turn = "{ $turn }" on "{ $title }" ({ $place })
plan-fix-parallel = { $groups } circles of at most { $size } side by side
plan-fix-length-or-less = --length { $length } or less
plan-warn-under-minimum = under its { $min } minimum
plan-warn-past-maximum = past its { $max } maximum
plan-warn-turn = "{ $title }" gets { $turn } a turn, { $what }
plan-the-receiver = the receiver
plan-spare-title = Spare time
plan-spare-prompt = A few seconds left over from rounding: wrap up, or finish early.
plan-break-rule = Stretch, get a drink, back on time
plan-pair-note = { $names }: note what you will try
plan-pair-together = { $names } together
plan-seed-again = seed { $seed }: --seed { $seed } draws the same again
plan-facilitator = Facilitator: { $name } (from outside the circle: leads and keeps time, takes no turns)
plan-pairs-drawn = Pairs, drawn at random: { $pairs } ({ $again })
plan-givers-drawn = Givers: { $count } for each receiver, drawn at random ({ $again })
plan-givers-named = Givers: the stakeholders { $names }

## TOML syntax errors, one message per kind (src/toml_reader/syntax.rs).
err-toml-unquoted-text = a value is quoted text, a number, true or false, a list or a date: write name = "Anna", not name = Anna
err-toml-bad-string = this text is not closed: end it with the quote it starts with (" or ')
err-toml-bad-escape = a \ in quoted text starts an escape such as \n or \u00e9: write \\ for a backslash, or use 'single quotes'
err-toml-missing-value = a key needs = and a value after it: write name = "Anna"
err-toml-missing-equals = a key and its value need an = between them: write name = "Anna"
err-toml-extra-equals = one = too many: write name = "Anna"
err-toml-bad-key = a key may hold only letters, digits, - and _: put other keys in quotes, "like this"
err-toml-unclosed-list = a list [ is not closed: end it with ]
err-toml-unclosed-header = a table header is not closed: write [name] or [[name]] on a line of its own
err-toml-unclosed-inline-table = a table {"{"} is not closed or holds something other than key = value: write {"{"} name = "Anna" {"}"}
err-toml-missing-comma = items need a comma between them: [ "a", "b" ]
err-toml-extra-comma = a comma with nothing after it: take it out
err-toml-bad-number = not a number TOML reads: write digits such as 5 or 2.5, without leading zeros
err-toml-bad-date = not a date or time TOML reads: write 2026-03-01 or 14:00:00, or put it in quotes
err-toml-bad-comment = a comment holds a character it cannot: start comments with # and keep them to printable text
err-toml-trailing-content = something follows the value on this line: one key = value per line, comments after #
err-toml-duplicate-key = this key is given twice: keep one
err-toml-too-deep = lists or tables are nested too deeply: circle reads at most a few levels
err-toml-lone-carriage-return = a carriage return alone: save the file with ordinary line endings
err-toml-other = this is not valid TOML here

# [keys] in config.toml
err-keys-unknown-action = there is no action called "{ $action }" to set a key for
err-keys-unknown-key = "{ $key }" is not a key circle knows
err-keys-key-names = write a key as one character ("x"), or a name: { $names }
err-keys-not-a-key = expected a key or a list of keys, found { $found }
err-keys-taken = { $key } already does “{ $does }” ({ $screen })
err-keys-taken-help = choose another key, or give that action another one too: { $name } = "…"
err-keys-empty = "{ $action }" needs at least one key: without one it could never be done again
err-keys-actions = the actions that take keys: { $actions }
err-keys-taken-fixed = that key keeps its meaning; choose another
