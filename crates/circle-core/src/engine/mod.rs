//! The live meeting engine: a pure state machine fed commands and the time. No
//! terminal code lives here, so a whole meeting can be tested in microseconds.

pub mod clock;
pub mod countdown;
pub mod reading;
pub mod rebalance;
pub mod rehearsal;

pub use clock::{Clock, ManualClock, Ms, Now, ShiftedClock, SystemClock};
pub use countdown::{Alert, Command, Engine, GiveFrom, Outcome, Refusal, RunState, Settings};
pub use reading::{Schedule, StepTime};
pub use rebalance::Rebalance;
