//! earshot audits an organization's social-media archives and tells whether it listens or only
//! broadcasts.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (one importer per format) -> [`model`] (the normalized item) -> [`thread`] (reply
//! links, conversations) -> [`classify`] (push or dialogue, with reasons) -> [`metrics`] (every
//! METRICS.md figure) -> [`summary`] (the one type every output reads) -> [`report`] (HTML, PNG,
//! CSV, JSON). [`audit`] runs the stages in order; [`cli`] is the command line around it.

pub mod audit;
pub mod classify;
pub mod cli;
pub mod config;
pub mod fail_if;
pub mod ingest;
pub mod metrics;
pub mod model;
pub mod period;
pub mod redact;
pub mod report;
pub mod summary;
pub mod synth;
pub mod thread;
