print("never")
return return
