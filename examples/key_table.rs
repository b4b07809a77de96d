//! Prints the README's key tables from the one key table in src/app/keys/table.rs:
//! `cargo run --example key_table`, then paste between the README's keys markers.

fn main() {
    print!("{}", circle::app::keys::markdown());
}
