use clap::Parser;

use circle::cli::Cli;
use circle::commands::dispatch;

fn main() {
    let cli = Cli::parse();
    if let Err(e) = dispatch(cli) {
        eprintln!("{e}");
        std::process::exit(e.exit_code());
    }
}
