EXECUTED = True
raise ValueError("module body failed")
