//! crosscheck: reads news reports, turns their figures and titles into claims, and flags claims
//! that cannot all be true, within one report and across reports of the same event.
//!
//! The pipeline: [`report`] loads files → [`text`] segments them → [`parse`] extracts
//! [`claim`]s → [`graph`] relates them → [`rules`] run over the graph ([`engine`]) →
//! [`finding`]s → [`render`]. Only [`cli`] does IO.

pub mod claim;
pub mod cli;
pub mod config;
pub mod duplicates;
pub mod engine;
pub mod facts;
pub mod finding;
pub mod graph;
#[cfg(feature = "index")]
pub mod index;
pub mod lexicon;
pub mod pack;
pub mod parse;
pub mod problem;
pub mod render;
pub mod report;
pub mod resolve;
pub mod review;
pub mod rules;
pub mod span;
pub mod suppress;
pub mod text;
pub mod time;
