// The busy/failed state of an export button group: one job at a time disables the buttons (busy) and a job that
// throws shows the group's failure message (failed) until the next job starts. Shared by the workbook's export
// menu and the batch exports.

export class BusyJob {
  busy = $state(false);
  failed = $state(false);

  /** Runs `job`; a thrown error is logged and shown as `failed`, never lost in an unhandled rejection. */
  async run(job: () => void | Promise<void>): Promise<void> {
    this.busy = true;
    this.failed = false;
    try {
      await job();
    } catch (e) {
      this.failed = true;
      console.error(e);
    } finally {
      this.busy = false;
    }
  }
}
