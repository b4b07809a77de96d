//! The protocols that ship inside the binary, from `protocols/*.toml`.

/// (id, file text). The first one is the default.
pub const BUILTINS: &[(&str, &str)] = &[
    ("peer-circle", include_str!("../../../../protocols/peer-circle.toml")),
    ("equal-time", include_str!("../../../../protocols/equal-time.toml")),
    ("feedforward", include_str!("../../../../protocols/feedforward.toml")),
    ("get-better", include_str!("../../../../protocols/get-better.toml")),
    ("coach-swap", include_str!("../../../../protocols/coach-swap.toml")),
    ("mastermind", include_str!("../../../../protocols/mastermind.toml")),
    (
        "kollegiale-beratung",
        include_str!("../../../../protocols/kollegiale-beratung.toml"),
    ),
    ("troika", include_str!("../../../../protocols/troika.toml")),
    ("wise-crowds", include_str!("../../../../protocols/wise-crowds.toml")),
    (
        "action-learning",
        include_str!("../../../../protocols/action-learning.toml"),
    ),
];

pub const DEFAULT_ID: &str = "peer-circle";
