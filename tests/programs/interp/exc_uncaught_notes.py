# Uncaught exception carrying __notes__ and a custom __str__; notes are printed after the message.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


def validate(record):
    if "name" not in record:
        err = ValidationError("name", "is required")
        err.add_note(f"record was {record!r}")
        err.add_note("hint: add a name")
        raise err
    return record["name"]


print(validate({"name": "ok"}))
validate({"id": 7})
