//! How long each turn is. Phases with a `duration` share the meeting length in
//! proportion to their natural times; a `per_turn` time is a promise to each person
//! and is never scaled down, and a break keeps its time: the other phases give way.

use crate::protocol::bounds::ABSOLUTE_FLOOR_SECS;
use crate::protocol::{Secs, TurnBounds};

/// What the timing needs to know about one phase (all its turns).
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub turns: usize,
    /// The phase's natural length, all turns together.
    pub natural: u128,
    /// A `per_turn` phase or a break: its time is not scaled down.
    pub fixed: bool,
    pub bounds: TurnBounds,
}

/// Why a meeting length cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shortfall {
    /// The fixed times (per-turn promises and breaks) alone take `fixed`; with the
    /// other phases at their floors the meeting needs `need`.
    Fixed { fixed: Secs, need: Secs },
    /// This phase's turns would fall under its floor; the meeting needs `need`.
    Floor { unit: usize, turn: Secs, need: Secs },
}

/// The length of one turn of each phase for a meeting of `target` seconds.
pub fn turn_lengths(shapes: &[Shape], target: u128) -> Result<Vec<Secs>, Shortfall> {
    let fixed: u128 = shapes.iter().filter(|s| s.fixed).map(|s| s.natural).sum();
    let flexible: u128 = shapes.iter().filter(|s| !s.fixed).map(|s| s.natural).sum();
    if flexible == 0 {
        // Nothing else can give way: every phase is a promise. A longer meeting
        // stretches them alike; a shorter one cannot keep them.
        if target < fixed {
            return Err(Shortfall::Fixed {
                fixed: fixed as Secs,
                need: fixed as Secs,
            });
        }
        return Ok(shapes.iter().map(|s| scaled(s, target, fixed)).collect());
    }
    if target <= fixed {
        return Err(Shortfall::Fixed {
            fixed: fixed as Secs,
            need: (fixed + flexible_floor(shapes, flexible)) as Secs,
        });
    }
    let room = target - fixed;
    let lengths: Vec<Secs> = shapes
        .iter()
        .map(|s| {
            if s.fixed {
                (s.natural / s.turns as u128) as Secs
            } else {
                scaled(s, room, flexible)
            }
        })
        .collect();
    // A turn the plan squeezed under its floor is refused; one the protocol itself
    // makes that short is only warned about (its author chose it), down to 10 s.
    let squeezed = |i: usize| {
        let s = &shapes[i];
        let own = (s.natural / s.turns as u128) as Secs;
        lengths[i] < ABSOLUTE_FLOOR_SECS || (lengths[i] < s.bounds.floor && lengths[i] < own)
    };
    if let Some(unit) = (0..shapes.len()).find(|&i| !shapes[i].fixed && squeezed(i)) {
        return Err(Shortfall::Floor {
            unit,
            turn: lengths[unit],
            need: (fixed + flexible_floor(shapes, flexible)) as Secs,
        });
    }
    Ok(lengths)
}

/// One turn of a phase when `room` seconds are shared by phases worth `total`.
fn scaled(s: &Shape, room: u128, total: u128) -> Secs {
    (room * s.natural / total / s.turns as u128) as Secs
}

/// The time the flexible phases need so that every turn reaches its floor.
fn flexible_floor(shapes: &[Shape], flexible: u128) -> u128 {
    need_for(shapes, flexible, |b| b.floor)
}

/// The time the flexible phases need so that every turn gets `per_turn(bounds)`.
fn need_for(shapes: &[Shape], flexible: u128, per_turn: impl Fn(&TurnBounds) -> Secs) -> u128 {
    shapes
        .iter()
        .filter(|s| !s.fixed && s.natural > 0)
        .map(|s| (u128::from(per_turn(&s.bounds)) * s.turns as u128 * flexible).div_ceil(s.natural))
        .max()
        .unwrap_or(0)
}

/// The shortest meeting in which every flexible turn reaches its minimum.
pub fn length_for_minimums(shapes: &[Shape]) -> Secs {
    let fixed: u128 = shapes.iter().filter(|s| s.fixed).map(|s| s.natural).sum();
    let flexible: u128 = shapes.iter().filter(|s| !s.fixed).map(|s| s.natural).sum();
    (fixed + need_for(shapes, flexible, |b| b.min)) as Secs
}

/// The longest meeting in which no flexible turn passes its maximum.
pub fn length_for_maximums(shapes: &[Shape]) -> Secs {
    let fixed: u128 = shapes.iter().filter(|s| s.fixed).map(|s| s.natural).sum();
    let flexible: u128 = shapes.iter().filter(|s| !s.fixed).map(|s| s.natural).sum();
    let most = shapes
        .iter()
        .filter(|s| !s.fixed && s.natural > 0)
        .map(|s| u128::from(s.bounds.max) * s.turns as u128 * flexible / s.natural)
        .min()
        .unwrap_or(0);
    (fixed + most) as Secs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(turns: usize, natural: u128, fixed: bool) -> Shape {
        Shape {
            turns,
            natural,
            fixed,
            bounds: TurnBounds {
                min: 60,
                max: 600,
                floor: 30,
            },
        }
    }

    #[test]
    fn fixed_phases_keep_their_time_and_the_others_give_way() {
        // 4 × 2:00 per turn, plus a 20:00 phase, in a 20-minute meeting.
        let shapes = [shape(4, 480, true), shape(1, 1200, false)];
        assert_eq!(turn_lengths(&shapes, 1200), Ok(vec![120, 720]));
    }

    #[test]
    fn a_meeting_shorter_than_its_promises_is_refused() {
        let shapes = [shape(4, 480, true), shape(1, 600, false)];
        assert!(matches!(turn_lengths(&shapes, 400), Err(Shortfall::Fixed { .. })));
        // The flexible phase would get 20 s, under its 30 s floor.
        match turn_lengths(&shapes, 500) {
            Err(Shortfall::Floor {
                unit: 1,
                turn: 20,
                need,
            }) => assert_eq!(need, 510),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn only_promises_stretch_when_nothing_else_can() {
        let shapes = [shape(2, 120, true)];
        assert_eq!(turn_lengths(&shapes, 240), Ok(vec![120]));
    }
}
