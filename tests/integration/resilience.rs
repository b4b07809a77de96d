//! The edges an attack run found: signals nobody expects, a note half typed when
//! circle is killed, how close resume lands to where the meeting was.

use circle::notes::journal::{self, Event};

use crate::crash::{group, note, start, summary, the_journal};
use crate::support::Circle;

#[test]
fn every_signal_that_ends_circle_restores_the_terminal_and_closes_the_journal() {
    for signal in [libc::SIGQUIT, libc::SIGUSR1, libc::SIGALRM] {
        let circle = Circle::new();
        group(&circle);
        let mut term = start(&circle);
        term.keys(" ");
        term.wait_for("step 1/");
        note(&mut term, "Said before the signal");
        term.signal(signal);
        assert_eq!(term.wait_exit(), 128 + signal as u32, "signal {signal}");
        assert!(!term.alternate_screen(), "signal {signal}: alternate screen left");
        assert!(!term.cursor_hidden(), "signal {signal}: cursor hidden");
        let j = journal::read(&the_journal(&circle)).unwrap();
        assert!(
            matches!(j.entries.last().unwrap().event, Event::Closed { finished: false }),
            "signal {signal}: {:?}",
            j.entries.last()
        );
        assert!(summary(&circle).contains("Said before the signal"));
    }
}
