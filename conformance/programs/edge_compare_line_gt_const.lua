local a = nil
if a >
  1 then
  print("no")
end
