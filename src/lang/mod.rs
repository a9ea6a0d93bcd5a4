//! The front-end: Lua 5.4-subset source to bytecode (lexer, parser with name resolution,
//! AST, compiler).

pub mod ast;
pub mod compile;
pub mod lexer;
pub mod parser;
pub mod types;

pub use compile::{compile, compile_chunk};
pub use parser::SyntaxError;
