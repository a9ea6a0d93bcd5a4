order_log = order_log or {}
order_log[#order_log + 1] = "c"
return { name = "c" }
