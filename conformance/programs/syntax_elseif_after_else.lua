print("never")
if true then
else
elseif false then
end
