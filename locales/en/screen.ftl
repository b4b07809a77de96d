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

ready-start = Press SPACE to begin the meeting
setup-title = Who is here today?
setup-help = Type a name (or several: "Chen, Dee, Eve") and press Enter; Enter on an empty line when all are in.

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
notice-norm-changed = norm changed: "{ $old }" is now "{ $norm }"
notice-norm-adopted = norm adopted: { $norm }
notice-resumed = Resumed after { $away } away — paused; space to go on
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
echo-due-read = {" "}(read from "{ $said }")
echo-buddy = , buddy { $buddy }
echo-norm-hint = Esc closes the line, then a adopts it as a norm of the group

## What a note is, by the phase it was taken in.
category-focus = initial focus
category-reframe = reframed focus
category-question = question
category-option = option
category-suggestion = suggestion
category-commitment = commitment
category-learning = learning
category-insight = insight
category-norm = proposed norm

## A question's verdict.
verdict-open = open
verdict-closed = closed
verdict-advice = advice
verdict-judgemental = judgemental

## A commitment's status at report-back.
status-open = open
status-done = done
status-partly = partly
status-not-yet = not yet
status-dropped = dropped
