/**
 * The read-only pipeline gate: before (or after) a deploy, checks that a real database (staging, production) is in
 * the state the code's migrations expect, without writing to it. Start with {@link dev.rehearsal.gate.PipelineGate}:
 * from a test ({@link dev.rehearsal.gate.PipelineGate#check()}) or from CI ({@link
 * dev.rehearsal.gate.PipelineGate#main(String[])}, whose exit code is the {@link dev.rehearsal.gate.GateVerdict}'s).
 */
package dev.rehearsal.gate;
