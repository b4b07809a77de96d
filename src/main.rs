use clap::FromArgMatches;

use circle::cli::Cli;
use circle::commands::dispatch;
use circle::i18n::{self, LangChoice};

fn main() {
    // The language comes first: clap's help and errors are in it too.
    i18n::set_lang(i18n::choose(&LangChoice {
        flag: lang_flag(),
        config: config_lang(),
        env: LangChoice::env_of_process(),
    }));
    // Help, headings and clap's errors in the chosen language; English is clap's own.
    let cli = match circle::cli_i18n::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => circle::cli_errors::exit(e),
    };
    if let Err(e) = circle::commands::start_clock().and_then(|()| dispatch(cli)) {
        // `circle plan … | head`: the reader has all it wanted; that is not an error.
        if e.is_broken_pipe() {
            std::process::exit(0);
        }
        // File names and file contents in a message must not reach the terminal raw.
        circle::safe_out::warn(&e.to_string());
        std::process::exit(e.exit_code());
    }
}

/// `--lang X` or `--lang=X`, read before clap so that clap itself speaks it. A
/// value circle does not know is left for clap to refuse with its message.
fn lang_flag() -> Option<i18n::Lang> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(v) = value {
            return v.parse().ok();
        }
    }
    None
}

/// `lang` in config.toml; a config that does not read is reported by the
/// command that needs it, in the language of the environment.
fn config_lang() -> Option<i18n::Lang> {
    circle::config::load(circle::paths::config_file().as_deref(), circle::config::any_keys)
        .ok()?
        .lang
}
