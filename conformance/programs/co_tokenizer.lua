-- a tokenizer written as a coroutine, feeding a tiny expression evaluator
local function tokenizer(src)
  return coroutine.wrap(function()
    local i = 1
    while i <= #src do
      local c = src:sub(i, i)
      if c:match("%s") then
        i = i + 1
      elseif c:match("%d") then
        local num = src:match("^%d+%.?%d*", i)
        coroutine.yield("num", tonumber(num))
        i = i + #num
      elseif c:match("[%a_]") then
        local id = src:match("^[%w_]+", i)
        coroutine.yield("id", id)
        i = i + #id
      elseif c == '"' then
        local j = src:find('"', i + 1, true)
        coroutine.yield("str", src:sub(i + 1, j - 1))
        i = j + 1
      else
        local two = src:sub(i, i + 1)
        if two == "==" or two == "<=" or two == ">=" or two == "~=" or two == ".." then
          coroutine.yield("op", two); i = i + 2
        else
          coroutine.yield("op", c); i = i + 1
        end
      end
    end
    coroutine.yield("eof", nil)
  end)
end
local src = 'x1 = 3.5 * (y + 42) .. "hi there" <= foo_bar ~= 7'
for kind, val in tokenizer(src) do
  print(kind, val)
  if kind == "eof" then break end
end

-- recursive-descent evaluator pulling tokens from the coroutine
local function evaluate(expr)
  local next_tok = tokenizer(expr)
  local kind, val = next_tok()
  local function advance() kind, val = next_tok() end
  local parse_expr
  local function primary()
    if kind == "num" then local v = val; advance(); return v end
    if kind == "op" and val == "(" then
      advance(); local v = parse_expr(); advance(); return v
    end
    if kind == "op" and val == "-" then advance(); return -primary() end
    error("unexpected " .. kind .. " " .. tostring(val), 0)
  end
  local function term()
    local v = primary()
    while kind == "op" and (val == "*" or val == "/") do
      local op = val; advance()
      local r = primary()
      if op == "*" then v = v * r else v = v / r end
    end
    return v
  end
  function parse_expr()
    local v = term()
    while kind == "op" and (val == "+" or val == "-") do
      local op = val; advance()
      local r = term()
      if op == "+" then v = v + r else v = v - r end
    end
    return v
  end
  return parse_expr()
end
for _, e in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2 + 3) * -2", "2 * (3 + (4 - 1)) / 3", "1 + * 2"}) do
  print(e, pcall(evaluate, e))
end
