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
