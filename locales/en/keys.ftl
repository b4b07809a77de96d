# The keys: what each does (the ? help, and the README in English), and its
# word in the footer. Made from src/tui/keys/table.rs.

## What a key does.
key-setup-add = add the typed name; on an empty line, done
key-setup-erase = erase a letter, or the last name
key-quit-asks = quit (asks first)
key-ready-begin = begin the meeting
key-ready-presenters = change who presents
key-ready-facilitator = hand the facilitator's role to the next member in the seating order
key-ready-up = scroll the plan up
key-ready-down = scroll the plan down
key-ready-page-up = scroll a page up
key-ready-page-down = scroll a page down
key-help = these keys
key-live-pause = pause · resume
key-live-next = next step
key-live-back = previous step (its time carries on)
key-live-more = one minute more for this step
key-live-less = one minute less for this step
key-live-restart = restart this step's time
key-live-rebalance = rebalance: take an overrun back from later shared steps
key-live-prompt = next prompt for this phase
key-live-note = notes line (Enter saves, Esc closes; ! first: a private note)
key-live-up = report-back or check-out: choose the row above; norms: scroll up
key-live-down = report-back or check-out: choose the row below; norms: scroll down
key-live-digits = report-back: 1 done · 2 partly · 3 not yet · 4 dropped; check-out: rate 1–5
key-live-adopt = norms step: adopt the norm just proposed
key-live-curtain = curtain: show only the clock, the speaker and the alert
key-quit = quit
key-finished-back = back to the last step
key-line-save = save the line
key-line-close = close the line without saving
key-line-erase = erase the letter before the cursor
key-line-delete = erase the letter after the cursor
key-line-left = cursor left
key-line-right = cursor right
key-line-home = cursor to the start
key-line-end = cursor to the end
key-line-erase-start = erase from the start to the cursor
key-line-erase-word = erase the word before the cursor
key-line-private = typed first: a private note, yours alone (never in the summary or on `circle watch`)
key-watch-quit = stop watching (the meeting goes on)
key-help-close = close the help
key-help-next = next page of the help (after the last: the first)
key-help-back = the page of the help before
key-confirm-quit = yes, quit
key-confirm-stay = stay

## Its word in the footer: `n next · p back`.
footer-add = add
footer-erase = erase
footer-quit = quit
footer-begin = begin
footer-presenters = change presenters
footer-facilitator = facilitator
footer-scroll = scroll
footer-help = help
footer-pause = pause
footer-next = next
footer-back = back
footer-more = 1 min more
footer-less = 1 min less
footer-restart = restart
footer-rebalance = rebalance
footer-note = note
footer-curtain = curtain
footer-finished-back = back to the last step
footer-save = save
footer-close = close
footer-stay = stay
footer-watch-quit = stop watching
footer-resume = resume

## Key names that are words (the others, Enter, Esc, Tab, are names).
key-name-space = space
key-name-yes = y
key-name-any = any key

## The headings of the help and the README.
keys-title-setup = Who is here (setup)
keys-title-ready = Ready screen
keys-title-live = During the meeting
keys-title-finished = After the last step
keys-title-line = Typing a note or names
keys-title-help = Help
keys-title-confirm = Leave the meeting?
keys-title-watch = Watching (`circle watch`)

## The ? help box.
help-title = { $scope } — any key closes
help-one-line = keys: { $keys } — any key closes
help-page = page { $page }/{ $pages } — { $next }: next · { $back }: back · any other key closes
key-name-page-up = PgUp
key-name-page-down = PgDn
key-name-home = Home
key-name-end = End
key-name-delete = Del
key-name-ctrl = ctrl-{ $key }
