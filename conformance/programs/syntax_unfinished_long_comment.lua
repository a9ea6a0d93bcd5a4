print("never")
--[==[ comment
that never ends ]]
print(1)
