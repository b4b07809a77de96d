use clap::Parser;

use circle::cli::Cli;
use circle::commands::dispatch;

fn main() {
    let cli = Cli::parse();
    if let Err(e) = dispatch(cli) {
        // `circle plan … | head`: the reader has all it wanted; that is not an error.
        if e.is_broken_pipe() {
            std::process::exit(0);
        }
        // File names and file contents in a message must not reach the terminal raw.
        circle::safe_out::warn(&e.to_string());
        std::process::exit(e.exit_code());
    }
}
