// Port of benches/cold/hello.lua.
console.log("hello");
