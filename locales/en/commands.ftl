# The commands' output: plan, protocols, group, history, commitments, export,
# questions, resume, run, config; and the errors made there.

cmd-warning = warning: { $message }

## circle plan
cmd-plan-start-bad = --start { $text }: write a clock time like 14:00
cmd-plan-start-missing = --start { $text }: that time does not exist today (a clock change?)
cmd-plan-group = Group: { $name }
cmd-plan-absent = Absent: { $names }
cmd-plan-members = { $count } members: { $names }
cmd-plan-presenters = { $count ->
    [one] Presenter
   *[other] Presenters
}: { $names }
cmd-plan-length = { $length } meeting, { $start } → { $end }
cmd-plan-programme = Programme: { $label }
cmd-plan-buddy = Buddy for { $member }: { $buddy }
cmd-plan-open = Open commitments to report back on: { $count }
cmd-plan-carried = Carried (owners away today): { $count }
cmd-plan-col-start = start
cmd-plan-col-length = length
cmd-plan-col-phase = phase
cmd-plan-col-speaker = speaker
cmd-plan-round-presents = — round { $n }: { $presenter } presents —
cmd-plan-round-pairs = — round { $n }: all pairs at once —
cmd-plan-closing = — closing —
cmd-plan-spare = { $secs }s left over from rounding turns to whole seconds went to "{ $phase }".
cmd-plan-role-leads = { $role } leads
cmd-plan-everyone = everyone

## circle protocols
cmd-protocols-built-in = built-in
cmd-protocols-replaces = { $path } (replaces the built-in)
cmd-protocols-natural-length = natural length
cmd-protocols-not-loaded = (not loaded: { $path } has problems; run `circle protocols check { $path }`)
cmd-protocols-check-ok = ok: { $file } ({ $name }, { $count ->
    [one] { $count } phase
   *[other] { $count } phases
})
cmd-protocols-unusable = { $file }: error: no meeting can use this protocol: { $why }
cmd-protocols-too-few = it asks for at least { $min } members
cmd-protocols-member-n = Member { $n }
cmd-protocols-range-one = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
cmd-protocols-range = { $min } to { $max } members
cmd-protocols-unplannable = tried with { $range }, none can be planned; with { $n }: { $errors }
cmd-protocols-sum-of-phases = the sum of its phases
cmd-protocols-length = Length
cmd-protocols-group = Group
cmd-protocols-presenters = Presenters
cmd-protocols-wrap-up = Wrap-up
cmd-protocols-norms = Norms
cmd-protocols-roles = Roles
cmd-protocols-rotates = (rotates)
cmd-protocols-opening = Opening (once)
cmd-protocols-round = Each presenter's round
cmd-protocols-closing = Closing (once)
cmd-protocols-each = { $time } each
cmd-protocols-turns-presenter = presenter
cmd-protocols-turns-each = everyone in turn
cmd-protocols-turns-coaches = coaches in turn
cmd-protocols-rule = rule: { $rule }

## circle group
cmd-group-exists = a group "{ $name }" already exists; change it with `circle group edit`
cmd-group-created = Created { $name } with { $count } members: { $names }
cmd-group-programme = A programme of { $count ->
        [one] one meeting
       *[other] { $count } meetings, every { $every }
    }
cmd-group-start-first = Start its first meeting with: circle run --group { $name }
cmd-group-none = No groups yet. Create one: circle group new "Tuesday circle" --members "Ana,Ben,Chen"
cmd-group-list-last = , last { $date }
cmd-group-list-line = { $name }  ({ $members } members, { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}{ $last })
cmd-group-rename-form = --rename { $text }: write OLD=NEW, e.g. --rename Ben=Benjamin
cmd-group-would-be-empty = that would leave { $name } with no members; a group needs at least one (add someone with --add)
cmd-group-too-big = { $count } members, but "{ $id }" is for { $size }: split them into two groups, or choose a protocol for a larger circle with --protocol (mastermind seats up to 15)
cmd-group-meetings-range = --meetings { $n }: a programme has 1 to 100 meetings
cmd-group-meetings-held = --meetings { $n }: the group has already held { $held } meetings; to end the programme at the next one, use --end-next
cmd-group-programme-now = The programme now has { $n } meetings; the next is meeting { $next } of { $n }
cmd-group-programme-last = The programme now ends at the next meeting, { $n } of { $n }: it looks back and celebrates
cmd-length-zero = --length { $length }: a meeting must be longer than zero
cmd-group-rename-taken = --rename: "{ $name }" is already the name of another member
cmd-group-leaver-open = { $name } has { $count ->
        [one] one open commitment; say what becomes of it: --open carry (keep it open) or --open drop
       *[other] { $count } open commitments; say what becomes of them: --open carry (keep them open) or --open drop
    }
cmd-group-left-note = { $name } left the group
cmd-group-dropped = Dropped { $count ->
        [one] one open commitment
       *[other] { $count } open commitments
    } of { $name }
cmd-group-members = Members: { $names }
cmd-group-facilitator = Facilitator: { $name } (from outside: no turns)
cmd-group-programme-held = A programme of { $count ->
        [one] one meeting
       *[other] { $count } meetings, every { $every }
    }; { $held } held so far
cmd-group-every-held = Meets every { $every }; { $held ->
        [one] one meeting
       *[other] { $held } meetings
    } so far
cmd-group-meets-on = Meets on: { $protocol }{ $length }
cmd-group-norms = Norms:
cmd-group-then = then
cmd-group-next = Next to present: { $names }
cmd-group-open = Open commitments:
cmd-group-open-line = { $owner }: { $text } (due { $due })
cmd-group-files = Files: { $path }
cmd-group-not-member = "{ $who }" is not a member of { $name } ({ $members })

## Shared by several commands
cmd-config-no-home = no home folder found, so there is no config folder; set HOME, or name one with CIRCLE_CONFIG_DIR
cmd-remember-for = {" "}for { $length }
cmd-remember-protocol = { $name } now meets on { $protocol }{ $length } (kept in its group.toml)
cmd-rehearsal-bad = { $variable }={ $text } cannot be used: write CIRCLE_NOW as an RFC 3339 time (2026-01-15T18:00:00+01:00), CIRCLE_TODAY as YYYY-MM-DD, and CIRCLE_SPEED as a factor above 0 and at most 10000 (60 runs an hour in a minute)
cmd-needs-terminal = the live screen needs a terminal; to print the plan instead use `circle plan` or `circle run --print`
cmd-watch-needs-terminal = `circle watch` shows the meeting on a screen of its own and needs a terminal: start it in a terminal window
cmd-setup-no-home = no home folder found to keep notes in; give one with --data-dir DIR
cmd-setup-absent-unknown = --absent: "{ $who }" is not a member of "{ $name }" ({ $members })
cmd-setup-no-members = no members: name them with --members "Ana,Ben,Chen", --roster FILE or --group NAME

## circle history
cmd-no-group = (no group)
cmd-history-none = No meetings yet. Run one with: circle run --group NAME
cmd-history-col-date = date
cmd-history-col-protocol = protocol
cmd-history-col-presented = presented
cmd-history-col-rating = rating
cmd-history-col-not-rated = did not rate
cmd-history-col-kept = kept
cmd-history-col-member = member
cmd-history-col-airtime = airtime
cmd-history-unfinished = unfinished: nothing counted (resume or discard it where it ran: circle resume --list)
cmd-history-unfinished-seats = unfinished: hot seat counted for { $names }, nothing else (resume or discard it where it ran: circle resume --list)
cmd-history-chart-title = Value for our time, meeting by meeting (1–5):
cmd-history-left = { $name } (left)
cmd-history-kept = Commitments kept: { $kept } of the { $due } that came due ({ $pct }%)
cmd-history-kept-none = Commitments kept: none has come due yet
cmd-history-kept-of = { $kept } of { $due } ({ $pct }%)

## circle commitments
cmd-commitments-none = No commitments.
cmd-commitments-none-open = No commitments open.
cmd-commitments-due = due { $date }
cmd-commitments-overdue = OVERDUE
cmd-commitments-buddy = (buddy { $name })
cmd-commitments-unknown = no commitment "{ $id }"; `circle commitments` lists them with their ids
cmd-commitments-ambiguous = "{ $id }" matches { $count } commitments ({ $ids }); give more of the id
cmd-status-open = open
cmd-status-done = done
cmd-status-partly = partly
cmd-status-not-yet = not yet
cmd-status-dropped = dropped

## circle export ics: the calendar's own words
cmd-ics-calendar = { $name } — commitments
cmd-ics-meeting-of = { $name }: meeting { $n } of { $of }
cmd-ics-next-meeting = { $name }: next meeting
cmd-ics-meeting-description = The group meets every { $every }. Bring your report-back.
cmd-ics-tomorrow = Tomorrow: { $label }
cmd-ics-committed = Committed at the { $made } meeting of { $name }.
cmd-ics-buddy = {" "}Accountability buddy: { $buddy }.
cmd-ics-summary-buddy = { $owner }: { $text } (buddy { $buddy })
cmd-ics-due-tomorrow = Due tomorrow: { $summary }
cmd-ics-check-in = Buddy check-in: { $buddy } with { $owner } on "{ $text }"
cmd-ics-check-in-description = { $buddy } checks in with { $owner } on their commitment, due { $due }: how is it going, what would help?
cmd-ics-nothing-open = { $name }: no open commitments as of { $today }

## circle questions check
cmd-questions-empty = question { $n } is empty: give the question in quotes, e.g. circle questions check "What matters most to you?"
cmd-questions-no-coach = the question coach knows no { $lang } yet: use --lang en or --lang de

## circle resume and circle run
cmd-note = note: { $note }
cmd-resume-error-file = circle could not read this meeting's journal:

    { $error }

    The journal is kept unchanged beside this file.
cmd-resume-last-saved = last saved { $time }
cmd-resume-cut-off = (last event cut off)
cmd-resume-rebuilt = { $path }: its first line (what the meeting was) was lost; rebuilt from the record beside it (protocol, members, presenters, group), every event kept; its chosen length and draws are the protocol's own again. The damaged journal is kept as { $aside }
cmd-resume-skipped = ({ $count ->
    [one] one damaged line left out
   *[other] { $count } damaged lines left out
})
cmd-resume-none = No unfinished meetings.
cmd-resume-unreadable = unreadable: { $error }
    {"  "}(kept; see { $path })
cmd-resume-discard-needs-id = --discard needs the meeting's id, from `circle resume --list` (circle does not guess which to throw away)
cmd-resume-discarded = Discarded { $id }: { $gone }
cmd-resume-unreadable-error = { $error }
    The error is also written to { $path }
cmd-resume-unknown = no unfinished meeting "{ $id }"; see `circle resume --list`
cmd-resume-nothing = no unfinished meeting to resume
cmd-resume-open-elsewhere = { $id }: { $by }; close it there first
cmd-resume-cannot-remove = cannot remove { $path }: { $error }
cmd-resume-removed = removed { $files }
cmd-resume-locked = { $id }: { $by }; go on there, or start a new meeting with `circle run`
cmd-run-problem = warning: { $problem } (this meeting is left out of the group's memory)
cmd-git-missing = circle needs the git command to share a group, and could not start it ({ $error }); install git and try again
cmd-git-failed = { $command } failed: { $said }
cmd-git-timeout = git took longer than { $secs } seconds and was stopped; check the network and try again (nothing was lost)
cmd-sync-commit = circle: { $name }
cmd-run-sync-offer = This group is shared: sync it with the other laptops now? [Y/n]
cmd-run-sync-failed = Not synced ({ $error }); the meeting goes on, and `circle group sync` will catch up later.
cmd-sync-live = a meeting of this group is open here ({ $by }); sync after it ends
cmd-sync-not-shared = { $name } is not shared yet; share it first with `circle group share { $quoted } --git URL`
cmd-sync-nothing = { $name }: up to date; nothing new came in
cmd-sync-sent = { $name }: sent { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
  }, { $changes ->
    [one] 1 change to the group
   *[other] { $changes } changes to the group
  } and { $marks ->
    [one] 1 mark
   *[other] { $marks } marks
  } to the other laptops
cmd-sync-came = { $name }: { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
  }, { $changes ->
    [one] 1 change to the group
   *[other] { $changes } changes to the group
  } (members, names, norms, settings) and { $marks ->
    [one] 1 mark
   *[other] { $marks } marks
  } came in from the other laptops
cmd-share-done = { $name } is shared with { $url }; on another laptop: circle group join { $url }
cmd-share-other-group = { $url } already holds another group ("{ $other }"): give each group a repository of its own, and share this one into a new, empty one
cmd-join-exists = a group named { $name } is already on this laptop ({ $path }); sync it with `circle group sync` instead
cmd-join-empty = { $url } holds no group yet: share one into it first, on the laptop that has it, with `circle group share NAME --git { $url }`
cmd-join-done = { $name } is on this laptop now: { $members }
cmd-run-waiting = An unfinished meeting of this group is waiting, last saved { $age } ago:
    {"  "}{ $meeting }
    {"["}R]esume it, [d]iscard it (it will not count), or [k]eep it and start a new one? [R/d/k]
cmd-run-open-elsewhere = { $id }: { $by }.
    Start a new meeting of this group here instead? [Y/n]
cmd-run-waiting-old = An unfinished meeting of this group has waited { $age }:
    {"  "}{ $meeting }
    {"["}r]esume it, [d]iscard it (it will not count), or [K]eep it and start a new one? [r/d/K]
    (Asked once: `circle resume --list` keeps it.)
cmd-run-type-rdk = Type r, d or k.
age-days = { $count ->
    [one] a day
   *[other] { $count } days
  }
age-hours = { $count ->
    [one] an hour
   *[other] { $count } hours
  }
age-minutes = { $count ->
    [one] a minute
   *[other] { $count } minutes
  }

## When a meeting closes
cmd-saved-in = Notes saved in { $path }
cmd-saved-resume = Resume it with: circle resume
cmd-saved-fallback = circle could not write to { $dir }; your notes are in { $path } instead
cmd-saved-printed = circle could not write to { $dir } or { $path }; your notes are printed above
cmd-questions-open = open
cmd-questions-closed = closed
cmd-questions-advice = advice
cmd-questions-judgemental = judgemental

## circle watch (src/commands/watch.rs).
watch-unknown = No meeting or group is called "{ $name }": name a meeting’s id (circle resume --list) or a group (circle group list), or leave it out to follow the meeting that is live.
watch-none-live = No meeting is live in { $dir }: nothing to watch (without --once, circle watch waits for { $awaited }).
