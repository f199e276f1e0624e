//! `earshot man`: the man page (roff), generated from the command-line definition, with a
//! section per subcommand.

use std::io::Write;

use anyhow::Result;
use clap::{Args, CommandFactory};

use super::{Cli, EXIT_OK};

#[derive(Debug, Args)]
pub struct ManArgs {}

/// The page: the main command, then each subcommand's synopsis, description and options.
pub fn render() -> Result<Vec<u8>> {
    let cmd = Cli::command();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    for sub in cmd.get_subcommands() {
        let name = format!("earshot {}", sub.get_name());
        writeln!(out, ".SH \"{}\"", name.to_ascii_uppercase())?;
        let man = clap_mangen::Man::new(sub.clone().bin_name(name));
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        man.render_options_section(&mut out)?;
    }
    Ok(out)
}

pub fn run(_args: ManArgs) -> Result<i32> {
    std::io::stdout().write_all(&render()?)?;
    Ok(EXIT_OK)
}
