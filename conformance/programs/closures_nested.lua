-- closures nested three levels deep
local function level1(a)
  local x = "L1"
  return function(b)
    local y = "L2"
    return function(c)
      local z = "L3"
      return function()
        x = x .. "!"
        return a .. b .. c .. " " .. x .. y .. z
      end
    end
  end
end
local f = level1("a")("b")("c")
print(f())
print(f())
local g = level1("1")("2")("3")
print(g())
local count = 0
local function outer()
  local function mid()
    local function inner()
      count = count + 1
      return count
    end
    return inner() + inner()
  end
  return mid() + mid()
end
print(outer(), count)
local total = 0
local function adder()
  return function(n)
    return function()
      total = total + n
      return total
    end
  end
end
local add3 = adder()(3)
add3() add3()
print("total", total)
