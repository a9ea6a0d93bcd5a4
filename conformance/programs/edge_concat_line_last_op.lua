-- a chain of '..' is a single instruction, with the line of the last '..'
local a = nil
local b = a ..
  "x" ..
  "y"
