//! The one integration-test binary: corpus, seeds, rules, CLI and data files.

mod cli;
mod config;
mod conventions;
mod corpus;
mod data;
mod devset;
mod docs;
mod figures;
mod formats;
mod generated;
mod hostile;
mod html;
#[cfg(feature = "index")]
mod index;
mod linear;
mod lsp;
mod polish;
mod readings;
mod real;
mod recognizers;
mod robust;
mod rules;
mod seeds;
mod source;
mod support;
mod tidy;
mod titles;
mod units;
