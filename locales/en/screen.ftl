# The live, ready, setup and finished screens.

## The state word over the clock: big letters, and the marked small form.
state-wrap-up-big = WRAP UP
state-time-big = TIME
state-overdue-big = OVER TIME
state-paused-big = PAUSED
state-wrap-up = ▲ WRAP UP ▲
state-time = ■ TIME ■
state-overdue = ■■ OVER TIME ■■
state-paused = ❚❚ PAUSED ❚❚
on-track = ● on track
notes-under-curtain = ✎ notes line open, hidden by the curtain · Enter saves · Esc closes
notes-too-small = ✎ typing a note · Esc closes

ready-start = Press SPACE to begin the meeting
setup-title = Who is here today?
setup-help = Type a name (or several: "Chen, Dee, Eve") and press Enter; Enter on an empty line when all are in.
setup-offer = Continue with { $names }? Press Enter on the empty line — or type who is here today (those not typed are away).
setup-remembers = circle keeps these names as your group, so next time it remembers turns, roles and commitments.
remembered-new = Kept as your group: next time, `circle` offers to continue with it.
remembered-found = Welcome back: turns, roles and commitments carry on from last time.
remembered-name-more = { $names } and { $more } more

finished-title = Meeting complete
confirm-quit = Leave the meeting?  y = quit · any other key = stay

report-back-keys = ↑↓ choose · 1 done · 2 partly · 3 not yet · 4 dropped · i what was learned
no-open-commitments = No open commitments from earlier meetings for this turn.
check-out-keys = Value of this meeting for your time: press 1–5

behind-none = on time
behind-late = +{ $clock } behind
behind-early = { $clock } ahead

## What the status line says after a key (notices).
notice-adjusted = { $change } for this step · { $left } left
notice-adjusted-floored = { $change } for this step: cut to the time already used · time is up
notice-restarted = this step's time starts again (time already spent stays on record)
notice-rebalanced = Rebalanced: took back { $taken } ({ $steps })
notice-rebalanced-short = ; still { $behind } behind (floors reached)
notice-marked = { $text } — { $status }
notice-learned = learned — saved with the report-back
notice-private-kept = saved as a private note: yours alone, never in the summary or on a shared screen
notice-private-what = a private note
notice-norm-changed = norm changed: "{ $old }" is now "{ $norm }"
notice-norm-adopted = norm adopted: { $norm }
notice-resumed = Resumed after { $away } away — paused; { $key } to go on
notice-no-norm-proposed = no norm proposed: in the norms step, press i and type one ("2: …" changes norm 2)
notice-role-today = { $who } is the { $role } today
notice-no-rotating-role = this protocol has no rotating role to hand on
notice-nothing-to-mark = no open commitments to mark in this turn
presenters-refused = presenters { $why }
disk-not-saved = notes NOT saved ({ $why }); kept in memory, retrying

## Why a key did nothing (the engine's reasons).
refused-started = the meeting has already started
refused-not-begun = press space to begin the meeting
refused-over = the meeting is over
refused-first-step = this is the first step
refused-cut-below-used = time is already up: a cut cannot go below the time used
refused-on-time = on time: nothing to take back
refused-nothing-to-give-single = no later shared step in the opening, the round or the closing has time to give
refused-nothing-to-give-opening = no later shared step in the opening or the closing has time to give (the rounds keep their equal time)
refused-nothing-to-give-round = no later shared step in this round has time to give
refused-nothing-to-give-closing = no later shared step in the closing has time to give

## Pasting.
note-meeting-full = this meeting's notes are full ({ $max } KB; { $left } KB left): the note stays on the line; shorten it, or keep the rest elsewhere
paste-open-notes-first = to paste a note, open the notes line first (i)
paste-nowhere = there is nothing to paste into here
paste-refused = paste refused: { $added } characters, and a { $what ->
        [note] note
        [name] name
       *[presenters] presenters line
    } holds at most { $cap } ({ $have } already typed); nothing was added

## The setup screen's refusals.
setup-name-taken = "{ $name }" is already in; give each member a distinct name
setup-no-names = type at least one name first

## What a saved note became (under the notes line).
echo-saved = saved as { $what }
echo-kept = kept as { $what }, not yet on disk
echo-commitment = commitment of { $owner }, due { $due }
echo-commitment-group = commitment of the group, due { $due }
echo-due-read = {" "}(read from "{ $said }")
echo-buddy = , buddy { $buddy }
echo-norm-hint = Esc closes the line, then a adopts it as a norm of the group


## A question's verdict.
verdict-open = open
verdict-closed = closed
verdict-advice = advice
verdict-judgemental = judgemental

## A commitment's status at report-back.
status-open = open
review-nothing = { $who } made no commitment in this programme: what did you take from it?
status-last-time = { $status } last time
made-due-on = from { $made }, due { $due }
review-set-out = { $who } set out to do { $count ->
    [one] one thing
   *[other] { $count } things
  } across the programme and kept { $kept }

## Lists cut to fit: "Ana, Ben, … 2 more".
fold-more = … { $count } more

## The ready screen. A label's ": " is added by the screen.
ready-members = Members
ready-presenters = { $count ->
        [one] Presenter
       *[other] Presenters
    }
ready-change-presenters = Change presenters
ready-presenters-hint = (names, a number or "all"; Enter to apply, Esc to keep)
ready-group = Group: { $group }
ready-away-today = away today: { $names }
ready-fair-rotation = presenters proposed by fair rotation
ready-role-by-rotation = by the group's rotation
ready-role-by-seating = proposed from the seating order
ready-buddies = Accountability buddies
ready-report-back = To report back on
ready-open-commitments = { $count ->
        [one] one open commitment
       *[other] { $count } open commitments
    } from earlier meetings
ready-length = Length
ready-length-ends = { $length } — if you begin now, it ends at { $end }
ready-programme = Programme
ready-our-norms = Our norms
ready-the-plan = The plan
ready-the-plan-starts = The plan: starts if you begin now, and lengths
ready-turns = { $count } turns
ready-everyone = everyone
ready-more-below = … { $count } more below (↓ to scroll)
ready-more-above = … { $count } more above (↑)

## The finished screen.
finished-ended = Ended { $ended } — planned { $planned } ({ $behind })
finished-no-ratings = no ratings given
finished-rating = { $average } / 5 from { $count } { $count ->
        [one] member
       *[other] members
    }
finished-value = Value for our time
finished-notes = Notes
finished-notes-in-memory = kept in memory, not yet on disk
finished-notes-not-saved = not saved to disk in this run
finished-commitments = Commitments made: { $count }
finished-due = by { $due }
finished-airtime = Airtime
finished-more-phases = … { $count } more phases
finished-phase = Phase
finished-planned = planned
finished-actual = actual
finished-round = round { $round }

## The close of a programme (finished screen).
celebration-complete = The programme is complete — { $count ->
    [0] no commitment was kept this time; what each took from it is in the review.
    [one] 1 commitment kept:
   *[other] { $count } commitments kept:
  }
celebration-kept = kept { $kept } of the { $due } that came due ({ $percent }%)
celebration-none-due = no commitment came due
celebration-return = Return on our time: { $meetings ->
        [one] 1 meeting
       *[other] { $meetings } meetings
    }, { $together } together · { $kept } · value { $trend }

## The group's part of the screens.
norm-proposed = Proposed: { $norm } — press a to adopt it
norm-proposed-line-open = Proposed: { $norm } — Esc, then a to adopt it
norm-how = i proposes a norm ("2: …" changes norm 2); a adopts it
buddy-of = { $owner }'s buddy: { $buddy }
carried-head = Carried to next time
carried-line = { $count ->
        [one] one open commitment
       *[other] { $count } open commitments
    } of { $owners } (away today)
carried-note = Carried to next time (away today): { $count ->
        [one] one commitment
       *[other] { $count } commitments
    } of { $owners }

## A break on the live screen.
break-over = Break is over — welcome back
break-back-at = Break — back at { $time }

## The setup screen: the protocol and whom it is for.
setup-protocol = { $name } — for { $group }

## The live screen: who speaks, where the meeting is.
live-break = Break
live-break-for-everyone = a break for everyone
live-in-pairs = In pairs
live-turn-of = { $index } of { $of }
live-turn = turn { $turn }
live-role-leads-all = { $role } leads · everyone takes part
live-role-leads = the { $role } leads
live-everyone = Everyone
live-open-floor = open floor
live-step-of = step { $step }/{ $of }
live-round-of = round { $round }/{ $of }
live-presents = { $name } presents
live-outside-facilitator = facilitator { $name }
live-used-of = { $used } of { $allotted }
live-status-paused = ❚❚ PAUSED · { $used } · { $key } resume
live-status-paused-public = ❚❚ PAUSED · { $used }
live-watchers = { $count ->
    [one] 1 watching
   *[other] { $count } watching
}
live-role-does = { $role } does:
live-role-avoids = avoids:
live-up-next = Up next:
live-up-next-end = Up next: the end of the meeting
live-next-cue = { $name } next · { $left }
live-planned-end = Planned end
live-projected = projected

## The notes pane.
list-more = { $count } more
commitments-due = Commitments are due { $due } (type "by next friday", "by 15 March" to change)
note-label = note ({ $category })
notes-private = notes are saved privately · start with ! for a note of your own
note-label-private = private note (yours alone)

## A commitment's due date that could not be taken (under the notes line).
due-past = "{ $said }" is { $date }, already past: due at the next meeting ({ $due }) instead; type it again with a later date to change it
due-impossible = "{ $said }" is not a date that exists, or not one circle can read: due at the next meeting ({ $due }) instead; type it again ("by 15 March", "by 2026-12-15") to change it



## Who owns a commitment made without a presenter or speaker.
owner-the-group = the group

## circle watch: the public screen (src/tui/view/watch.rs, src/tui/watch/).
watch-waiting-word = Waiting
watch-waiting = No meeting is live yet: this screen follows { $awaited } as soon as it begins.
watch-waiting-how = It only shows the clock, the speaker and the rules, never the notes; nothing typed here goes anywhere.
watch-awaited-any = the next meeting
watch-awaited-group = { $group }’s next meeting
watch-ended-word = Ended
watch-ended = The meeting has ended.
watch-console-away = The console has been silent since { $time }: the clock waits for it (circle resume)
