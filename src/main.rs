use clap::Parser;

use circle::cli::Cli;
use circle::commands::dispatch;

fn main() {
    let cli = Cli::parse();
    if let Err(e) = dispatch(cli) {
        // File names and file contents in a message must not reach the terminal raw.
        circle::safe_out::warn(&e.to_string());
        std::process::exit(e.exit_code());
    }
}
