"""The Qt binding itself holds: a window that lives all day emits signals by the hundred
thousand, so a binding that leaks a reference at each one takes the app down."""

import subprocess
import sys
import textwrap


def test_many_signal_emits_leave_the_interpreter_whole():
    """PySide6 6.12.0 lost a reference to a bool at every emit; the interpreter aborted after
    about a thousand. Run in a child process: the abort happens at exit."""
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            text = Signal(str)
            flag = Signal(bool)

        app = QCoreApplication([])
        source = Source()
        for _ in range(20_000):
            source.text.emit("x")
            source.flag.emit(False)
        print("emitted")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0 and "emitted" in done.stdout, done.stderr[-2000:]
