"""The run configuration: what CPython keeps in PyConfig, for one VM.

``parse_command_line`` reads CPython's command line (``-c``, ``-m``, ``-``,
combined short options, ``-W``/``-X`` with attached or separate arguments, the
PYTHON* environment variables unless ``-E``/``-I``) plus snakevm's own long
options, and returns a Config.  The runner turns a Config into the guest's
sys.flags, sys.warnoptions, sys._xoptions, sys.path and standard streams; the
embedding API (snakevm.vm) builds one directly.  Nothing here touches the
guest: this module is plain host code, tested on its own."""

import os
import sys as host_sys

from snakevm.limits import Limits

VERSION = "0.1"                 # snakevm's own version
PYTHON_VERSION = "3.12.1"       # the language version it implements (sys.version_info)

PROGRAM_NAME = "python -m snakevm"


class CommandLineError(Exception):
    """A bad command line: the message, then the usage lines, status 2."""


class Config:
    """One VM's configuration (defaults: CPython's, with no options)."""

    def __init__(self, **fields):
        # what to run: "file" (run_path), "command" (-c), "module" (-m), "stdin" (-),
        # "repl", or "embedded" (snakevm.vm)
        self.run = "repl"
        self.target = None                  # the file, command text or module name
        self.argv = []                      # the guest's sys.argv
        self.orig_argv = None               # the host command line (sys.orig_argv), if any
        # CPython's sys.flags (names as there)
        self.debug = 0
        self.inspect = 0
        self.interactive = 0
        self.optimize = 0
        self.dont_write_bytecode = 0
        self.no_user_site = 0
        self.no_site = 0
        self.ignore_environment = 0
        self.verbose = 0
        self.bytes_warning = 0
        self.quiet = 0
        self.isolated = 0
        self.dev_mode = False
        self.utf8_mode = 0
        self.warn_default_encoding = 0
        self.safe_path = False
        self.int_max_str_digits = -1        # -1: the default (4300)
        self.unbuffered = False
        self.skip_first_line = False
        self.warnoptions = []
        self.xoptions = {}
        self.pythonpath = []                # $PYTHONPATH entries, absolute
        self.startup_file = None            # $PYTHONSTARTUP (read by the interactive prompt)
        self.check_hash_based_pycs = "default"
        # snakevm's own options
        self.action = "run"                 # "run", "dis", "compile", "visualize", "help",
                                            # "version"
        self.version_verbosity = 0          # -V given once or twice
        self.output = None                  # --compile/--visualize -o OUT
        self.visualize_json = False         # --visualize-json: the trace as JSON
        self.visualize_granularity = "instruction"      # or "line"
        self.visualize_steps = 10000        # the step budget of --visualize
        self.trace = False
        self.dis_adaptive = False           # --dis --adaptive FILE: run it, then disassemble
        self.jit = "off"                    # --jit=off|on|always: the compiling tier
        self.jit_dump = None                # --jit-dump[=NAME]: print generated source
        self.sandbox = False
        self.signal_handlers = True         # SIGINT raises KeyboardInterrupt in the guest
        self.limits = Limits()
        for name, value in fields.items():
            if not hasattr(self, name):
                raise TypeError("Config has no field %r" % name)
            setattr(self, name, value)

    def replace(self, **fields):
        """A copy with ``fields`` changed (lists and dicts copied, limits shared)."""
        copy = Config()
        for name, value in vars(self).items():
            setattr(copy, name, type(value)(value) if type(value) in (list, dict) else value)
        for name, value in fields.items():
            setattr(copy, name, value)
        return copy

    def flags_values(self):
        """The values of sys.flags, in its field order."""
        return (self.debug, self.inspect, self.interactive, self.optimize,
                self.dont_write_bytecode, self.no_user_site, self.no_site,
                self.ignore_environment, self.verbose, self.bytes_warning, self.quiet, 1,
                self.isolated, self.dev_mode, self.utf8_mode, self.warn_default_encoding,
                self.safe_path,
                4300 if self.int_max_str_digits < 0 else self.int_max_str_digits)


# The configuration of the running VM (the embedding API swaps it with the VM's state).
current = Config()


USAGE_LINE = ("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ..."
              % PROGRAM_NAME)
TRY_HELP = "Try `%s -h' for more information." % PROGRAM_NAME

HELP = USAGE_LINE + """
Options (and corresponding environment variables):
-b     : set sys.flags.bytes_warning (-bb: 2); snakevm does not issue the warnings
-B     : set sys.dont_write_bytecode; also PYTHONDONTWRITEBYTECODE=x
         (snakevm never writes .pyc files on import either way)
-c cmd : program passed in as string (terminates option list)
-d     : set sys.flags.debug; also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : set sys.flags.verbose; also PYTHONVERBOSE=x
-V     : print the Python and snakevm version numbers and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option: dev, utf8, importtime,
         int_max_str_digits=N, warn_default_encoding; any other is only
         recorded in sys._xoptions
--check-hash-based-pycs always|default|never: accepted, recorded
snakevm's own options (before the program):
--dis FILE        : print the disassembly of FILE (.py or .pyc) and exit
--dis --adaptive FILE [args]: run FILE, then print its disassembly with the
                    instructions the adaptive interpreter specialized
--compile FILE [-o OUT]: write FILE's code object as a .pyc and exit
--trace           : print every instruction and the value stack as it runs
--jit=off|on|always: the compiling tier (default off): on compiles hot
                    functions and loops to host Python, always compiles every
                    function at its first call; see docs/performance.md
--jit-dump[=NAME] : print the host source generated for each compiled function
                    (or only for the function NAME) to stderr
--visualize FILE [-o OUT]: record FILE's run step by step into a self-contained
                    HTML page (OUT, default FILE.html); with --visualize-json the
                    trace as JSON; --visualize-granularity line|instruction;
                    --visualize-steps N (default 10000); see docs/visualizer.md
--sandbox         : run untrusted code: no host file system, processes or
                    sockets, imports from the standard library only
--max-instructions N, --max-time SECONDS, --max-memory SIZE,
--max-recursion N, --max-output SIZE: resource limits (SIZE in bytes or with
                    a suffix K, M or G); see docs/sandbox.md
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Other environment variables:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
SNAKEVM_TRACEBACK: show the host traceback of a snakevm internal error
"""

# The resource limit options: option -> (Limits field, parser of its value).
_LIMIT_OPTIONS = {
    "--max-instructions": ("instructions", "count"),
    "--max-time": ("time", "seconds"),
    "--max-memory": ("memory", "size"),
    "--max-recursion": ("recursion", "count"),
    "--max-output": ("output", "size"),
}
_SIZE_SUFFIXES = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}

# Short options without an argument -> what they do to a Config.
_COUNTED = {"b": "bytes_warning", "d": "debug", "v": "verbose", "O": "optimize"}
_SWITCHES = {"B": "dont_write_bytecode", "E": "ignore_environment",
             "q": "quiet", "s": "no_user_site", "S": "no_site", "u": "unbuffered",
             "x": "skip_first_line", "P": "safe_path"}


def _parse_limit_value(option, kind, text):
    try:
        if kind == "seconds":
            value = float(text)
        elif kind == "size" and text[-1:].upper() in _SIZE_SUFFIXES:
            value = int(float(text[:-1]) * _SIZE_SUFFIXES[text[-1:].upper()])
        else:
            value = int(text)
    except ValueError:
        raise CommandLineError("snakevm: %s: expected %s, got %r" % (
            option, {"count": "a whole number", "seconds": "a number of seconds",
                     "size": "a size like 1000, 64K, 100M or 2G"}[kind], text))
    if not value > 0:
        raise CommandLineError("snakevm: %s: the limit must be positive, got %r"
                               % (option, text))
    return value


def parse_command_line(args, environ=None):
    """A Config for ``python -m snakevm ARGS`` (CommandLineError for a bad one)."""
    environ = os.environ if environ is None else environ
    config = Config()
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "-" or not arg.startswith("-"):
            i -= 1
            break
        if arg == "--":
            break
        if arg.startswith("--"):
            i = _long_option(config, arg, args, i)
            if config.action in ("dis", "compile"):
                return config
            continue
        j = 1
        while j < len(arg):
            letter = arg[j]
            j += 1
            rest = arg[j:]
            if letter in "cmWX":
                if rest:
                    value = rest
                elif i < len(args):
                    value, i = args[i], i + 1
                else:
                    raise CommandLineError("Argument expected for the -%s option" % letter)
                if letter == "c":
                    config.run, config.target = "command", value
                    config.argv = ["-c"] + args[i:]
                    return _finish(config, environ)
                if letter == "m":
                    config.run, config.target = "module", value
                    config.argv = ["-m"] + args[i:]     # runpy puts the file in argv[0]
                    return _finish(config, environ)
                if letter == "W":
                    config.warnoptions.append(value)
                else:
                    _xoption(config, value)
                break
            if letter in _COUNTED:
                setattr(config, _COUNTED[letter], getattr(config, _COUNTED[letter]) + 1)
            elif letter == "i":
                config.inspect = config.interactive = 1
            elif letter in _SWITCHES:
                setattr(config, _SWITCHES[letter], type(getattr(config, _SWITCHES[letter]))(1))
            elif letter == "I":
                config.isolated = config.ignore_environment = config.no_user_site = 1
                config.safe_path = True
            elif letter in "h?":
                config.action = "help"
            elif letter == "V":
                config.action = "version"
                config.version_verbosity += 1
            else:
                raise CommandLineError("Unknown option: -%s" % letter)
    rest = args[i:]
    if rest:
        config.run = "stdin" if rest[0] == "-" else "file"
        config.target = None if rest[0] == "-" else rest[0]
        config.argv = list(rest)
    else:
        config.run = "repl"
        config.argv = [""]
    return _finish(config, environ)


def _long_option(config, arg, args, i):
    option, sep, inline = arg.partition("=")
    if option in _LIMIT_OPTIONS:
        text, i = _option_value(option, sep, inline, args, i)
        name, kind = _LIMIT_OPTIONS[option]
        setattr(config.limits, name, _parse_limit_value(option, kind, text))
    elif arg == "--help":
        config.action = "help"
    elif arg == "--version":
        config.action = "version"
        config.version_verbosity += 1
    elif arg == "--trace":
        config.trace = True
    elif arg == "--adaptive":
        config.dis_adaptive = True
    elif option == "--jit":
        value, i = _option_value(option, sep, inline, args, i)
        if value not in ("off", "on", "always"):
            raise CommandLineError("snakevm: --jit must be 'off', 'on' or 'always', got %r"
                                   % value)
        config.jit = value
    elif option == "--jit-dump":
        config.jit_dump = inline if sep else ""
    elif arg == "--sandbox":
        config.sandbox = True
    elif option == "--check-hash-based-pycs":
        if sep:
            value = inline
        elif i < len(args):
            value, i = args[i], i + 1
        else:
            raise CommandLineError("Argument expected for the --check-hash-based-pycs option")
        if value not in ("always", "default", "never"):
            raise CommandLineError("--check-hash-based-pycs must be one of 'default', "
                                   "'always', or 'never'")
        config.check_hash_based_pycs = value
    elif arg == "--visualize-json":
        config.visualize_json = True
    elif option == "--visualize-granularity":
        value, i = _option_value(option, sep, inline, args, i)
        if value not in ("line", "instruction"):
            raise CommandLineError("snakevm: --visualize-granularity must be 'line' or "
                                   "'instruction', got %r" % value)
        config.visualize_granularity = value
    elif option == "--visualize-steps":
        value, i = _option_value(option, sep, inline, args, i)
        config.visualize_steps = int(_parse_limit_value(option, "count", value))
    elif arg in ("--dis", "--compile", "--visualize"):
        config.action = arg[2:]
        rest = args[i:]
        if arg == "--dis" and rest[:1] == ["--adaptive"]:      # (either order)
            config.dis_adaptive, rest = True, rest[1:]
        if arg != "--dis" and "-o" in rest:
            k = rest.index("-o")
            if k + 1 >= len(rest):
                raise CommandLineError("Argument expected for the -o option")
            config.output = rest[k + 1]
            rest = rest[:k] + rest[k + 2:]
        runs = arg == "--visualize" or (arg == "--dis" and config.dis_adaptive)
        if len(rest) != 1 and not (runs and rest):
            raise CommandLineError("snakevm: %s takes exactly one FILE" % arg)
        config.target = rest[0]
        config.argv = list(rest)            # --visualize/--dis --adaptive FILE [args]: argv
        if runs and arg == "--dis":
            config.run = "file"
        return len(args)
    else:
        raise CommandLineError("unknown option %s" % arg)
    return i


def _option_value(option, sep, inline, args, i):
    """The value of a long option given as --option=value or --option value."""
    if sep:
        return inline, i
    if i < len(args):
        return args[i], i + 1
    raise CommandLineError("snakevm: argument expected for the %s option" % option)


def _xoption(config, text):
    name, sep, value = text.partition("=")
    config.xoptions[name] = value if sep else True
    if name == "dev":
        config.dev_mode = True
    elif name == "utf8":
        config.utf8_mode = 0 if value == "0" else 1
    elif name == "warn_default_encoding":
        config.warn_default_encoding = 1
    elif name == "int_max_str_digits":
        config.int_max_str_digits = _max_str_digits(value, "-X int_max_str_digits")


def _max_str_digits(text, source):
    try:
        digits = int(text)
    except ValueError:
        digits = -2
    if digits != 0 and digits < 640:
        raise CommandLineError("%s: invalid limit; must be >= 640 or 0 for unlimited."
                               % source)
    return digits


def _finish(config, environ):
    """Apply the PYTHON* environment variables (unless -E/-I) the way CPython does:
    an option given on the command line wins, PYTHONWARNINGS comes before -W."""
    if config.run == "repl" and not config.argv:
        config.argv = [""]
    if config.ignore_environment:
        _warning_defaults(config)
        return config

    def env(name):
        value = environ.get(name)
        return value if value else None

    for name, attr in (("PYTHONDONTWRITEBYTECODE", "dont_write_bytecode"),
                       ("PYTHONNOUSERSITE", "no_user_site"), ("PYTHONINSPECT", "inspect"),
                       ("PYTHONUNBUFFERED", "unbuffered"), ("PYTHONSAFEPATH", "safe_path")):
        if env(name) and not getattr(config, attr):
            setattr(config, attr, type(getattr(config, attr))(1))
    for name, attr in (("PYTHONOPTIMIZE", "optimize"), ("PYTHONVERBOSE", "verbose"),
                       ("PYTHONDEBUG", "debug")):
        if env(name):
            level = int(env(name)) if env(name).isdigit() else 1
            setattr(config, attr, max(getattr(config, attr), level))
    if env("PYTHONWARNINGS"):
        config.warnoptions[:0] = [w.strip() for w in env("PYTHONWARNINGS").split(",")
                                  if w.strip()]
    if env("PYTHONPATH"):
        config.pythonpath = [os.path.abspath(entry) if entry else os.getcwd()
                             for entry in env("PYTHONPATH").split(os.pathsep)]
    config.startup_file = env("PYTHONSTARTUP")
    if env("PYTHONDEVMODE") and not config.dev_mode:
        config.dev_mode = True
    if env("PYTHONUTF8") and "utf8" not in config.xoptions:
        config.utf8_mode = 0 if env("PYTHONUTF8") == "0" else 1
    if env("PYTHONINTMAXSTRDIGITS") and config.int_max_str_digits < 0:
        config.int_max_str_digits = _max_str_digits(env("PYTHONINTMAXSTRDIGITS"),
                                                    "PYTHONINTMAXSTRDIGITS")
    if env("PYTHONWARNDEFAULTENCODING"):
        config.warn_default_encoding = 1
    _warning_defaults(config)
    return config


def _warning_defaults(config):
    """-X dev shows the warnings hidden by default (CPython puts "default" first);
    -b/-bb add a BytesWarning filter last."""
    if config.dev_mode:
        config.warnoptions.insert(0, "default")
    if config.bytes_warning:
        config.warnoptions.append("error::BytesWarning" if config.bytes_warning > 1
                                  else "default::BytesWarning")


def version_text(verbosity):
    """What -V prints (-VV: with the host that runs snakevm)."""
    text = "Python %s (snakevm %s)" % (PYTHON_VERSION, VERSION)
    if verbosity > 1:
        text += " on %s %s" % (host_sys.implementation.name, host_sys.version.replace("\n", " "))
    return text
