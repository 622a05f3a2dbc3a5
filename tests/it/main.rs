//! The one integration-test binary: corpus, seeds, rules, CLI and data files.

mod cli;
mod corpus;
mod data;
mod devset;
mod generated;
mod recognizers;
mod robust;
mod rules;
mod seeds;
mod support;
mod tidy;
