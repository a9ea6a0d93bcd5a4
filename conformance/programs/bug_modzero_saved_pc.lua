-- Found by the proptest differential (long run): Lua's CLOSURE saves the pc, so an integer
-- modulo by zero after a closure expression reports the closure's `end` line (19 here).
G_int = 0
G_bool = true
function f1(p0, p1, p2)
  do
    if ((not p1 and G_bool) or G_bool) then
      if (((tonumber(G_str) or 0.25) // 10) < ((tonumber(G_str) or 0.25) - (3.14159 // -2.5))) then
        local c3 = function(c3_a0, c3_a1)
        end
        for i4 = math.maxinteger - 2, math.maxinteger do
        end
      end
      local c5 = function()
        for i6 = 9, 0, -2 do
          for i7 = 0, 7 do
          end
        end
      end
      repeat
        local u10 = ((1 << 62) % G_int)
      until w9 >= 4 or u10 == nil
      while w11 < 4 and ((math.exp(G_int) == p1) or true) do
      end
      if G_bool then
        local c12 = function(c12_a0, c12_a1)
          do
          end
        end
        repeat
        until w23 >= 2 or u24 == nil
      end
      local c25 = function(c25_a0)
        for i26 = 10, 1 do
        end
      end
    end
  end
end
for k30 = 1, 365 do
  R = f1(0, 0, "10")
end
