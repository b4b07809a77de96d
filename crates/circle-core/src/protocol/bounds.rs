//! How short and how long one turn of a phase may sensibly be. A plan that squeezes
//! a turn under its minimum or stretches it past its maximum is warned about with a
//! fix; one that squeezes a turn under the hard floor is refused.

use serde::Serialize;

use super::{Phase, Secs};

/// The shortest a planned step can ever be, whatever the protocol says.
pub const ABSOLUTE_FLOOR_SECS: Secs = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TurnBounds {
    /// Under this a turn is too short to be useful: a warning with a fix.
    pub min: Secs,
    /// Past this a turn drags: a warning with a fix.
    pub max: Secs,
    /// Under this the plan is refused: half the minimum, and never under 10 s.
    pub floor: Secs,
}

impl Phase {
    /// This phase's turn bounds: the file's `min_turn`/`max_turn`, else the kind's.
    pub fn bounds(&self) -> TurnBounds {
        let (min, max) = self.kind.rules().turn;
        let min = self.min_turn.unwrap_or(min);
        let max = self.max_turn.unwrap_or(max).max(min);
        TurnBounds {
            min,
            max,
            floor: (min / 2).max(ABSOLUTE_FLOOR_SECS),
        }
    }
}
