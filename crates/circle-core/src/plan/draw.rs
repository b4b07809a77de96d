//! Random draws a meeting makes, from one seed so that the same seed draws the same
//! again (`--seed`), and a resumed meeting gets the same pairs and givers.

use serde::{Deserialize, Serialize};

use super::same_name;

/// How each receiver's givers are chosen when not every coach gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Givers {
    /// This many, drawn at random for each receiver.
    Drawn(u32),
    /// These stakeholders (less the receiver), for every receiver.
    Named(Vec<String>),
}

impl Givers {
    /// Read `--givers`: a number, or stakeholders' names.
    pub fn parse(text: &str) -> Result<Givers, String> {
        let t = text.trim();
        if let Ok(n) = t.parse::<i64>() {
            return match u32::try_from(n) {
                Ok(n) if n >= 1 => Ok(Givers::Drawn(n)),
                _ => Err(format!("--givers {t}: {}", crate::t!("err-givers-at-least-one"))),
            };
        }
        let names: Vec<String> = super::split_names(t).into_iter().filter(|n| !n.is_empty()).collect();
        if names.is_empty() {
            return Err(format!("--givers {}", crate::t!("err-givers-empty")));
        }
        Ok(Givers::Named(names))
    }
}

/// A small, well-known generator (SplitMix64): good enough to shuffle a room, and
/// the same on every machine for the same seed.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `items` shuffled (Fisher–Yates) by `seed`; `salt` gives each draw its own order.
pub fn shuffled<T: Clone>(items: &[T], seed: u64, salt: u64) -> Vec<T> {
    let mut rng = SplitMix(seed ^ salt.wrapping_mul(0xA24B_AED4_963E_E407));
    let mut out = items.to_vec();
    for i in (1..out.len()).rev() {
        out.swap(i, rng.below(i + 1));
    }
    out
}

/// The room in pairs at random, the last three together when the count is odd.
pub fn pairs(members: &[String], seed: u64) -> Vec<Vec<String>> {
    let order = shuffled(members, seed, 1);
    let mut groups: Vec<Vec<String>> = order.chunks(2).map(<[String]>::to_vec).collect();
    if groups.len() > 1 && groups.last().is_some_and(|g| g.len() == 1) {
        let lone = groups.pop().expect("checked").remove(0);
        groups.last_mut().expect("checked").push(lone);
    }
    groups
}

/// The givers for one receiver, kept in circle order.
pub fn givers_for(coaches: &[&String], givers: &Givers, seed: u64, round: usize) -> Vec<String> {
    match givers {
        Givers::Drawn(n) if coaches.len() <= *n as usize => coaches.iter().map(|c| (*c).clone()).collect(),
        Givers::Drawn(n) => {
            let drawn = shuffled(coaches, seed, 100 + round as u64);
            let chosen: Vec<&&String> = drawn.iter().take(*n as usize).collect();
            coaches
                .iter()
                .filter(|c| chosen.iter().any(|d| **d == **c))
                .map(|c| (*c).clone())
                .collect()
        }
        Givers::Named(names) => coaches
            .iter()
            .filter(|c| names.iter().any(|n| same_name(n, c)))
            .map(|c| (*c).clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("M{i}")).collect()
    }

    #[test]
    fn odd_rooms_get_one_trio_and_everyone_is_placed_once() {
        for n in 2..12 {
            let groups = pairs(&names(n), 42);
            assert_eq!(groups.len(), n / 2);
            assert_eq!(groups.iter().filter(|g| g.len() == 3).count(), n % 2);
            let mut all: Vec<String> = groups.concat();
            all.sort();
            let mut want = names(n);
            want.sort();
            assert_eq!(all, want);
        }
    }

    #[test]
    fn the_same_seed_draws_the_same() {
        assert_eq!(pairs(&names(9), 7), pairs(&names(9), 7));
        assert_ne!(pairs(&names(9), 7), pairs(&names(9), 8));
        let ms = names(10);
        let coaches: Vec<&String> = ms.iter().collect();
        let a = givers_for(&coaches, &Givers::Drawn(3), 5, 1);
        assert_eq!(a, givers_for(&coaches, &Givers::Drawn(3), 5, 1));
        assert_eq!(a.len(), 3);
    }

    #[test]
    fn givers_parse_as_a_count_or_names() {
        assert_eq!(Givers::parse("3"), Ok(Givers::Drawn(3)));
        assert_eq!(
            Givers::parse("Ana, Ben"),
            Ok(Givers::Named(vec!["Ana".into(), "Ben".into()]))
        );
        assert!(Givers::parse("0").is_err());
    }
}
