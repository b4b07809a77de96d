//! How short and how long one turn of a phase may sensibly be. A plan that squeezes
//! a turn under its minimum or stretches it past its maximum is warned about with a
//! fix; one that squeezes a turn under the hard floor is refused.

use serde::Serialize;

use super::{Kind, Phase, Secs};

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

/// (minimum, maximum) of one turn for each kind: long enough to say something that
/// helps (a question ≥ 1:30 per coach, a suggestion ≥ 45 s, the challenge ≥ 3 min),
/// short enough that the meeting keeps moving.
pub fn kind_defaults(kind: Kind) -> (Secs, Secs) {
    const M: Secs = 60;
    match kind {
        Kind::Contracting => (M, 5 * M),
        Kind::Review => (M, 8 * M),
        Kind::Norms => (M, 15 * M),
        Kind::ReportBack => (M, 10 * M),
        Kind::Challenge => (3 * M, 15 * M),
        Kind::Clarifying => (M, 10 * M),
        Kind::Questions => (90, 12 * M),
        Kind::Reframe => (M, 15 * M),
        Kind::Options => (M, 15 * M),
        Kind::Reflection => (45, 15 * M),
        Kind::Feedback => (45, 5 * M),
        Kind::Commitment => (45, 10 * M),
        Kind::CheckOut => (30, 15 * M),
        Kind::Break => (5 * M, 30 * M),
        Kind::Custom => (30, 30 * M),
    }
}

impl Phase {
    /// This phase's turn bounds: the file's `min_turn`/`max_turn`, else the kind's.
    pub fn bounds(&self) -> TurnBounds {
        let (min, max) = kind_defaults(self.kind);
        let min = self.min_turn.unwrap_or(min);
        let max = self.max_turn.unwrap_or(max).max(min);
        TurnBounds {
            min,
            max,
            floor: (min / 2).max(ABSOLUTE_FLOOR_SECS),
        }
    }
}
