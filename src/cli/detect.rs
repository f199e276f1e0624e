//! `earshot detect PATH...`: which format each input is, and which files made it so.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::{EXIT_OK, EXIT_PARTIAL, sanitize};
use crate::ingest::{self, Limits};

#[derive(Debug, Args)]
pub struct DetectArgs {
    /// Files, folders or zips to look at.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

pub fn run(args: DetectArgs) -> Result<i32> {
    let mut code = EXIT_OK;
    for path in &args.paths {
        match ingest::detect(path, &Limits::default()) {
            Ok(found) => {
                for d in &found.exports {
                    println!(
                        "{}: {} (matched {})",
                        sanitize(&d.path.display().to_string()),
                        d.format,
                        sanitize(&d.matched.join(", "))
                    );
                }
                for e in &found.broken {
                    eprintln!("earshot: {}", sanitize(&e.to_string()));
                    code = EXIT_PARTIAL;
                }
                for p in &found.unmatched {
                    println!("{}: no known format", sanitize(&p.display().to_string()));
                }
            }
            Err(e) => {
                eprintln!("earshot: {}", sanitize(&e.to_string()));
                code = EXIT_PARTIAL;
            }
        }
    }
    Ok(code)
}
