//! `earshot init`: writes a commented example `earshot.toml` to start a scheduled or
//! multi-client setup from.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use super::EXIT_OK;
use crate::config;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write it.
    #[arg(default_value = config::FILE_NAME, value_name = "FILE")]
    pub path: PathBuf,

    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: InitArgs) -> Result<i32> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if args.force {
        options.create(true).truncate(true);
    } else {
        // create_new: the check and the creation are one step, so an existing file is never
        // overwritten, even by a race.
        options.create_new(true);
    }
    let mut file = match options.open(&args.path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!("{} exists; give --force to replace it", args.path.display())
        }
        Err(e) => return Err(e).with_context(|| format!("cannot write {}", args.path.display())),
    };
    file.write_all(config::EXAMPLE.as_bytes())
        .with_context(|| format!("cannot write {}", args.path.display()))?;
    println!("wrote {}", args.path.display());
    Ok(EXIT_OK)
}
