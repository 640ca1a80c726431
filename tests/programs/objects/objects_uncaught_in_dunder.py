# Uncaught KeyError raised inside __eq__ that the `in` operator calls implicitly (after a __repr__ used by print).
class Record:
    def __init__(self, fields):
        self.fields = fields

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={self.fields[k]}" for k in sorted(self.fields)) + ")"

    def __eq__(self, other):
        return self.fields["id"] == other.fields["id"]


good = Record({"id": 1, "name": "a"})
print(good)
print(good in [Record({"id": 1})])
print(Record({"name": "no id"}) in [good])
