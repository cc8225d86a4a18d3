"""What the sound tests and the recording benchmark share: flite speech, WAV lengths, and
waiting for a recorder that listens to the PulseAudio null sink (see run-with-pulse.sh)."""
import os
import subprocess
import time
import wave


def speak(path, text, voice="kal16"):
    """@text spoken by flite into @path: 16 kHz mono, 0.5 s of silence before, 1 s after."""
    raw = path + ".flite.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", raw], check=True)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.5", "1"], check=True)
    os.unlink(raw)


def duration(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def wait_listening(proc=None, timeout=15):
    """Until a recorder's stream runs (PulseAudio drops what plays before it does)."""
    end = time.time() + timeout
    while time.time() < end and (proc is None or proc.poll() is None):
        out = subprocess.run(["pactl", "list", "source-outputs"], capture_output=True, text=True).stdout
        if "Corked: no" in out:
            return True
        time.sleep(0.05)
    return False


def play(path):
    """Plays @path into the null sink, that is into the microphone."""
    return subprocess.Popen(["paplay", "--latency-msec=20", path])


def part_seconds(folder):
    """Seconds of audio in the recording being made in @folder (its .wav.part)."""
    parts = [f for f in os.listdir(folder) if f.endswith(".part")] if os.path.exists(folder) else []
    return max(0, os.path.getsize(os.path.join(folder, parts[0])) - 44) / 32000 if parts else 0.0


def wait_for_audio(folder, seconds, timeout=20):
    """Until the recording being made in @folder holds @seconds of audio; returns how much."""
    end = time.time() + timeout
    seen = 0.0
    while time.time() < end and seen < seconds:
        seen = part_seconds(folder)
        time.sleep(0.02)
    return seen
