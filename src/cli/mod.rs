//! The command line: one file per subcommand, each owning its arguments and its `run`.
//!
//! Exit codes (as ripgrep's): 0 all good; 1 finished, but some inputs failed or a threshold was
//! crossed; 2 usage or fatal error.

pub mod audit;
pub mod completions;
pub mod detect;
pub mod eval;
pub mod init;
pub mod man;
pub mod rules;
pub mod schema;

use clap::{Parser, Subcommand};

/// The run finished and everything was read.
pub const EXIT_OK: i32 = 0;
/// The run finished, but some input failed or a threshold was crossed.
pub const EXIT_PARTIAL: i32 = 1;
/// Usage error or fatal error: no report was written.
pub const EXIT_FATAL: i32 = 2;

/// Does your organization listen, or only broadcast? earshot audits exported social-media
/// archives and writes a report: push vs dialogue, response rates and times, who was left waiting.
#[derive(Debug, Parser)]
#[command(name = "earshot", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Audit one organization's archives, or every organization of a config file, and write
    /// the reports.
    Audit(Box<audit::AuditArgs>),
    /// Print the format detected in each path, and why.
    Detect(detect::DetectArgs),
    /// Compare earshot's labels with a human-coded CSV: kappa, precision, recall, F1.
    Eval(eval::EvalArgs),
    /// Check a rules file (validate it, run its examples) or list the rules in force.
    Rules(rules::RulesArgs),
    /// Write a commented example config file (earshot.toml).
    Init(init::InitArgs),
    /// Print the JSON Schema of summary.json.
    Schema(schema::SchemaArgs),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff).
    Man(man::ManArgs),
}

/// Parses the command line, runs the command, and returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_FATAL } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Command::Audit(args) => audit::run(*args),
        Command::Detect(args) => detect::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Init(args) => init::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("earshot: error: {}", sanitize(&format!("{e:#}")));
            EXIT_FATAL
        }
    }
}

/// Text from archives made safe for a terminal: control characters (escape sequences included),
/// bidirectional overrides, zero-width and line-separator characters are shown as `\u{..}`
/// instead of being sent to the terminal, so a name cannot rewrite or disguise what is printed.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
        let invisible = matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}'
        );
        if (c.is_control() && c != '\n' && c != '\t') || bidi || invisible {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_has_no_escape_sequences() {
        assert_eq!(sanitize("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(sanitize("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(sanitize("plain text"), "plain text");
        assert_eq!(sanitize("ad\u{200B}min"), "ad\\u{200b}min");
        assert_eq!(sanitize("a\rb"), "a\\u{d}b");
    }
}
