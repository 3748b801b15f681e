// The Linux x86_64 system call numbers (arch/x86/entry/syscalls/syscall_64.tbl, as
// <asm/unistd_64.h> spells them): all of them, generated once from the host's header, so
// every area names its syscalls here. The number arrives in rax; arguments in rdi, rsi,
// rdx, r10, r8, r9. The host test (Tests/KernelCoreTests/SyscallNumberTests.swift) checks
// every number against the host's <asm/unistd_64.h>.

/// Linux x86_64 system call numbers, named as in `<asm/unistd_64.h>` without `__NR_`.
/// Linux: syscall(2), syscalls(2).
public enum SyscallNumber {
    /// Linux `__NR_read`.
    public static var read: Int { 0 }
    /// Linux `__NR_write`.
    public static var write: Int { 1 }
    /// Linux `__NR_open`.
    public static var open: Int { 2 }
    /// Linux `__NR_close`.
    public static var close: Int { 3 }
    /// Linux `__NR_stat`.
    public static var stat: Int { 4 }
    /// Linux `__NR_fstat`.
    public static var fstat: Int { 5 }
    /// Linux `__NR_lstat`.
    public static var lstat: Int { 6 }
    /// Linux `__NR_poll`.
    public static var poll: Int { 7 }
    /// Linux `__NR_lseek`.
    public static var lseek: Int { 8 }
    /// Linux `__NR_mmap`.
    public static var mmap: Int { 9 }
    /// Linux `__NR_mprotect`.
    public static var mprotect: Int { 10 }
    /// Linux `__NR_munmap`.
    public static var munmap: Int { 11 }
    /// Linux `__NR_brk`.
    public static var brk: Int { 12 }
    /// Linux `__NR_rt_sigaction`.
    public static var rt_sigaction: Int { 13 }
    /// Linux `__NR_rt_sigprocmask`.
    public static var rt_sigprocmask: Int { 14 }
    /// Linux `__NR_rt_sigreturn`.
    public static var rt_sigreturn: Int { 15 }
    /// Linux `__NR_ioctl`.
    public static var ioctl: Int { 16 }
    /// Linux `__NR_pread64`.
    public static var pread64: Int { 17 }
    /// Linux `__NR_pwrite64`.
    public static var pwrite64: Int { 18 }
    /// Linux `__NR_readv`.
    public static var readv: Int { 19 }
    /// Linux `__NR_writev`.
    public static var writev: Int { 20 }
    /// Linux `__NR_access`.
    public static var access: Int { 21 }
    /// Linux `__NR_pipe`.
    public static var pipe: Int { 22 }
    /// Linux `__NR_select`.
    public static var select: Int { 23 }
    /// Linux `__NR_sched_yield`.
    public static var sched_yield: Int { 24 }
    /// Linux `__NR_mremap`.
    public static var mremap: Int { 25 }
    /// Linux `__NR_msync`.
    public static var msync: Int { 26 }
    /// Linux `__NR_mincore`.
    public static var mincore: Int { 27 }
    /// Linux `__NR_madvise`.
    public static var madvise: Int { 28 }
    /// Linux `__NR_shmget`.
    public static var shmget: Int { 29 }
    /// Linux `__NR_shmat`.
    public static var shmat: Int { 30 }
    /// Linux `__NR_shmctl`.
    public static var shmctl: Int { 31 }
    /// Linux `__NR_dup`.
    public static var dup: Int { 32 }
    /// Linux `__NR_dup2`.
    public static var dup2: Int { 33 }
    /// Linux `__NR_pause`.
    public static var pause: Int { 34 }
    /// Linux `__NR_nanosleep`.
    public static var nanosleep: Int { 35 }
    /// Linux `__NR_getitimer`.
    public static var getitimer: Int { 36 }
    /// Linux `__NR_alarm`.
    public static var alarm: Int { 37 }
    /// Linux `__NR_setitimer`.
    public static var setitimer: Int { 38 }
    /// Linux `__NR_getpid`.
    public static var getpid: Int { 39 }
    /// Linux `__NR_sendfile`.
    public static var sendfile: Int { 40 }
    /// Linux `__NR_socket`.
    public static var socket: Int { 41 }
    /// Linux `__NR_connect`.
    public static var connect: Int { 42 }
    /// Linux `__NR_accept`.
    public static var accept: Int { 43 }
    /// Linux `__NR_sendto`.
    public static var sendto: Int { 44 }
    /// Linux `__NR_recvfrom`.
    public static var recvfrom: Int { 45 }
    /// Linux `__NR_sendmsg`.
    public static var sendmsg: Int { 46 }
    /// Linux `__NR_recvmsg`.
    public static var recvmsg: Int { 47 }
    /// Linux `__NR_shutdown`.
    public static var shutdown: Int { 48 }
    /// Linux `__NR_bind`.
    public static var bind: Int { 49 }
    /// Linux `__NR_listen`.
    public static var listen: Int { 50 }
    /// Linux `__NR_getsockname`.
    public static var getsockname: Int { 51 }
    /// Linux `__NR_getpeername`.
    public static var getpeername: Int { 52 }
    /// Linux `__NR_socketpair`.
    public static var socketpair: Int { 53 }
    /// Linux `__NR_setsockopt`.
    public static var setsockopt: Int { 54 }
    /// Linux `__NR_getsockopt`.
    public static var getsockopt: Int { 55 }
    /// Linux `__NR_clone`.
    public static var clone: Int { 56 }
    /// Linux `__NR_fork`.
    public static var fork: Int { 57 }
    /// Linux `__NR_vfork`.
    public static var vfork: Int { 58 }
    /// Linux `__NR_execve`.
    public static var execve: Int { 59 }
    /// Linux `__NR_exit`.
    public static var exit: Int { 60 }
    /// Linux `__NR_wait4`.
    public static var wait4: Int { 61 }
    /// Linux `__NR_kill`.
    public static var kill: Int { 62 }
    /// Linux `__NR_uname`.
    public static var uname: Int { 63 }
    /// Linux `__NR_semget`.
    public static var semget: Int { 64 }
    /// Linux `__NR_semop`.
    public static var semop: Int { 65 }
    /// Linux `__NR_semctl`.
    public static var semctl: Int { 66 }
    /// Linux `__NR_shmdt`.
    public static var shmdt: Int { 67 }
    /// Linux `__NR_msgget`.
    public static var msgget: Int { 68 }
    /// Linux `__NR_msgsnd`.
    public static var msgsnd: Int { 69 }
    /// Linux `__NR_msgrcv`.
    public static var msgrcv: Int { 70 }
    /// Linux `__NR_msgctl`.
    public static var msgctl: Int { 71 }
    /// Linux `__NR_fcntl`.
    public static var fcntl: Int { 72 }
    /// Linux `__NR_flock`.
    public static var flock: Int { 73 }
    /// Linux `__NR_fsync`.
    public static var fsync: Int { 74 }
    /// Linux `__NR_fdatasync`.
    public static var fdatasync: Int { 75 }
    /// Linux `__NR_truncate`.
    public static var truncate: Int { 76 }
    /// Linux `__NR_ftruncate`.
    public static var ftruncate: Int { 77 }
    /// Linux `__NR_getdents`.
    public static var getdents: Int { 78 }
    /// Linux `__NR_getcwd`.
    public static var getcwd: Int { 79 }
    /// Linux `__NR_chdir`.
    public static var chdir: Int { 80 }
    /// Linux `__NR_fchdir`.
    public static var fchdir: Int { 81 }
    /// Linux `__NR_rename`.
    public static var rename: Int { 82 }
    /// Linux `__NR_mkdir`.
    public static var mkdir: Int { 83 }
    /// Linux `__NR_rmdir`.
    public static var rmdir: Int { 84 }
    /// Linux `__NR_creat`.
    public static var creat: Int { 85 }
    /// Linux `__NR_link`.
    public static var link: Int { 86 }
    /// Linux `__NR_unlink`.
    public static var unlink: Int { 87 }
    /// Linux `__NR_symlink`.
    public static var symlink: Int { 88 }
    /// Linux `__NR_readlink`.
    public static var readlink: Int { 89 }
    /// Linux `__NR_chmod`.
    public static var chmod: Int { 90 }
    /// Linux `__NR_fchmod`.
    public static var fchmod: Int { 91 }
    /// Linux `__NR_chown`.
    public static var chown: Int { 92 }
    /// Linux `__NR_fchown`.
    public static var fchown: Int { 93 }
    /// Linux `__NR_lchown`.
    public static var lchown: Int { 94 }
    /// Linux `__NR_umask`.
    public static var umask: Int { 95 }
    /// Linux `__NR_gettimeofday`.
    public static var gettimeofday: Int { 96 }
    /// Linux `__NR_getrlimit`.
    public static var getrlimit: Int { 97 }
    /// Linux `__NR_getrusage`.
    public static var getrusage: Int { 98 }
    /// Linux `__NR_sysinfo`.
    public static var sysinfo: Int { 99 }
    /// Linux `__NR_times`.
    public static var times: Int { 100 }
    /// Linux `__NR_ptrace`.
    public static var ptrace: Int { 101 }
    /// Linux `__NR_getuid`.
    public static var getuid: Int { 102 }
    /// Linux `__NR_syslog`.
    public static var syslog: Int { 103 }
    /// Linux `__NR_getgid`.
    public static var getgid: Int { 104 }
    /// Linux `__NR_setuid`.
    public static var setuid: Int { 105 }
    /// Linux `__NR_setgid`.
    public static var setgid: Int { 106 }
    /// Linux `__NR_geteuid`.
    public static var geteuid: Int { 107 }
    /// Linux `__NR_getegid`.
    public static var getegid: Int { 108 }
    /// Linux `__NR_setpgid`.
    public static var setpgid: Int { 109 }
    /// Linux `__NR_getppid`.
    public static var getppid: Int { 110 }
    /// Linux `__NR_getpgrp`.
    public static var getpgrp: Int { 111 }
    /// Linux `__NR_setsid`.
    public static var setsid: Int { 112 }
    /// Linux `__NR_setreuid`.
    public static var setreuid: Int { 113 }
    /// Linux `__NR_setregid`.
    public static var setregid: Int { 114 }
    /// Linux `__NR_getgroups`.
    public static var getgroups: Int { 115 }
    /// Linux `__NR_setgroups`.
    public static var setgroups: Int { 116 }
    /// Linux `__NR_setresuid`.
    public static var setresuid: Int { 117 }
    /// Linux `__NR_getresuid`.
    public static var getresuid: Int { 118 }
    /// Linux `__NR_setresgid`.
    public static var setresgid: Int { 119 }
    /// Linux `__NR_getresgid`.
    public static var getresgid: Int { 120 }
    /// Linux `__NR_getpgid`.
    public static var getpgid: Int { 121 }
    /// Linux `__NR_setfsuid`.
    public static var setfsuid: Int { 122 }
    /// Linux `__NR_setfsgid`.
    public static var setfsgid: Int { 123 }
    /// Linux `__NR_getsid`.
    public static var getsid: Int { 124 }
    /// Linux `__NR_capget`.
    public static var capget: Int { 125 }
    /// Linux `__NR_capset`.
    public static var capset: Int { 126 }
    /// Linux `__NR_rt_sigpending`.
    public static var rt_sigpending: Int { 127 }
    /// Linux `__NR_rt_sigtimedwait`.
    public static var rt_sigtimedwait: Int { 128 }
    /// Linux `__NR_rt_sigqueueinfo`.
    public static var rt_sigqueueinfo: Int { 129 }
    /// Linux `__NR_rt_sigsuspend`.
    public static var rt_sigsuspend: Int { 130 }
    /// Linux `__NR_sigaltstack`.
    public static var sigaltstack: Int { 131 }
    /// Linux `__NR_utime`.
    public static var utime: Int { 132 }
    /// Linux `__NR_mknod`.
    public static var mknod: Int { 133 }
    /// Linux `__NR_uselib`.
    public static var uselib: Int { 134 }
    /// Linux `__NR_personality`.
    public static var personality: Int { 135 }
    /// Linux `__NR_ustat`.
    public static var ustat: Int { 136 }
    /// Linux `__NR_statfs`.
    public static var statfs: Int { 137 }
    /// Linux `__NR_fstatfs`.
    public static var fstatfs: Int { 138 }
    /// Linux `__NR_sysfs`.
    public static var sysfs: Int { 139 }
    /// Linux `__NR_getpriority`.
    public static var getpriority: Int { 140 }
    /// Linux `__NR_setpriority`.
    public static var setpriority: Int { 141 }
    /// Linux `__NR_sched_setparam`.
    public static var sched_setparam: Int { 142 }
    /// Linux `__NR_sched_getparam`.
    public static var sched_getparam: Int { 143 }
    /// Linux `__NR_sched_setscheduler`.
    public static var sched_setscheduler: Int { 144 }
    /// Linux `__NR_sched_getscheduler`.
    public static var sched_getscheduler: Int { 145 }
    /// Linux `__NR_sched_get_priority_max`.
    public static var sched_get_priority_max: Int { 146 }
    /// Linux `__NR_sched_get_priority_min`.
    public static var sched_get_priority_min: Int { 147 }
    /// Linux `__NR_sched_rr_get_interval`.
    public static var sched_rr_get_interval: Int { 148 }
    /// Linux `__NR_mlock`.
    public static var mlock: Int { 149 }
    /// Linux `__NR_munlock`.
    public static var munlock: Int { 150 }
    /// Linux `__NR_mlockall`.
    public static var mlockall: Int { 151 }
    /// Linux `__NR_munlockall`.
    public static var munlockall: Int { 152 }
    /// Linux `__NR_vhangup`.
    public static var vhangup: Int { 153 }
    /// Linux `__NR_modify_ldt`.
    public static var modify_ldt: Int { 154 }
    /// Linux `__NR_pivot_root`.
    public static var pivot_root: Int { 155 }
    /// Linux `__NR__sysctl`.
    public static var _sysctl: Int { 156 }
    /// Linux `__NR_prctl`.
    public static var prctl: Int { 157 }
    /// Linux `__NR_arch_prctl`.
    public static var arch_prctl: Int { 158 }
    /// Linux `__NR_adjtimex`.
    public static var adjtimex: Int { 159 }
    /// Linux `__NR_setrlimit`.
    public static var setrlimit: Int { 160 }
    /// Linux `__NR_chroot`.
    public static var chroot: Int { 161 }
    /// Linux `__NR_sync`.
    public static var sync: Int { 162 }
    /// Linux `__NR_acct`.
    public static var acct: Int { 163 }
    /// Linux `__NR_settimeofday`.
    public static var settimeofday: Int { 164 }
    /// Linux `__NR_mount`.
    public static var mount: Int { 165 }
    /// Linux `__NR_umount2`.
    public static var umount2: Int { 166 }
    /// Linux `__NR_swapon`.
    public static var swapon: Int { 167 }
    /// Linux `__NR_swapoff`.
    public static var swapoff: Int { 168 }
    /// Linux `__NR_reboot`.
    public static var reboot: Int { 169 }
    /// Linux `__NR_sethostname`.
    public static var sethostname: Int { 170 }
    /// Linux `__NR_setdomainname`.
    public static var setdomainname: Int { 171 }
    /// Linux `__NR_iopl`.
    public static var iopl: Int { 172 }
    /// Linux `__NR_ioperm`.
    public static var ioperm: Int { 173 }
    /// Linux `__NR_create_module`.
    public static var create_module: Int { 174 }
    /// Linux `__NR_init_module`.
    public static var init_module: Int { 175 }
    /// Linux `__NR_delete_module`.
    public static var delete_module: Int { 176 }
    /// Linux `__NR_get_kernel_syms`.
    public static var get_kernel_syms: Int { 177 }
    /// Linux `__NR_query_module`.
    public static var query_module: Int { 178 }
    /// Linux `__NR_quotactl`.
    public static var quotactl: Int { 179 }
    /// Linux `__NR_nfsservctl`.
    public static var nfsservctl: Int { 180 }
    /// Linux `__NR_getpmsg`.
    public static var getpmsg: Int { 181 }
    /// Linux `__NR_putpmsg`.
    public static var putpmsg: Int { 182 }
    /// Linux `__NR_afs_syscall`.
    public static var afs_syscall: Int { 183 }
    /// Linux `__NR_tuxcall`.
    public static var tuxcall: Int { 184 }
    /// Linux `__NR_security`.
    public static var security: Int { 185 }
    /// Linux `__NR_gettid`.
    public static var gettid: Int { 186 }
    /// Linux `__NR_readahead`.
    public static var readahead: Int { 187 }
    /// Linux `__NR_setxattr`.
    public static var setxattr: Int { 188 }
    /// Linux `__NR_lsetxattr`.
    public static var lsetxattr: Int { 189 }
    /// Linux `__NR_fsetxattr`.
    public static var fsetxattr: Int { 190 }
    /// Linux `__NR_getxattr`.
    public static var getxattr: Int { 191 }
    /// Linux `__NR_lgetxattr`.
    public static var lgetxattr: Int { 192 }
    /// Linux `__NR_fgetxattr`.
    public static var fgetxattr: Int { 193 }
    /// Linux `__NR_listxattr`.
    public static var listxattr: Int { 194 }
    /// Linux `__NR_llistxattr`.
    public static var llistxattr: Int { 195 }
    /// Linux `__NR_flistxattr`.
    public static var flistxattr: Int { 196 }
    /// Linux `__NR_removexattr`.
    public static var removexattr: Int { 197 }
    /// Linux `__NR_lremovexattr`.
    public static var lremovexattr: Int { 198 }
    /// Linux `__NR_fremovexattr`.
    public static var fremovexattr: Int { 199 }
    /// Linux `__NR_tkill`.
    public static var tkill: Int { 200 }
    /// Linux `__NR_time`.
    public static var time: Int { 201 }
    /// Linux `__NR_futex`.
    public static var futex: Int { 202 }
    /// Linux `__NR_sched_setaffinity`.
    public static var sched_setaffinity: Int { 203 }
    /// Linux `__NR_sched_getaffinity`.
    public static var sched_getaffinity: Int { 204 }
    /// Linux `__NR_set_thread_area`.
    public static var set_thread_area: Int { 205 }
    /// Linux `__NR_io_setup`.
    public static var io_setup: Int { 206 }
    /// Linux `__NR_io_destroy`.
    public static var io_destroy: Int { 207 }
    /// Linux `__NR_io_getevents`.
    public static var io_getevents: Int { 208 }
    /// Linux `__NR_io_submit`.
    public static var io_submit: Int { 209 }
    /// Linux `__NR_io_cancel`.
    public static var io_cancel: Int { 210 }
    /// Linux `__NR_get_thread_area`.
    public static var get_thread_area: Int { 211 }
    /// Linux `__NR_lookup_dcookie`.
    public static var lookup_dcookie: Int { 212 }
    /// Linux `__NR_epoll_create`.
    public static var epoll_create: Int { 213 }
    /// Linux `__NR_epoll_ctl_old`.
    public static var epoll_ctl_old: Int { 214 }
    /// Linux `__NR_epoll_wait_old`.
    public static var epoll_wait_old: Int { 215 }
    /// Linux `__NR_remap_file_pages`.
    public static var remap_file_pages: Int { 216 }
    /// Linux `__NR_getdents64`.
    public static var getdents64: Int { 217 }
    /// Linux `__NR_set_tid_address`.
    public static var set_tid_address: Int { 218 }
    /// Linux `__NR_restart_syscall`.
    public static var restart_syscall: Int { 219 }
    /// Linux `__NR_semtimedop`.
    public static var semtimedop: Int { 220 }
    /// Linux `__NR_fadvise64`.
    public static var fadvise64: Int { 221 }
    /// Linux `__NR_timer_create`.
    public static var timer_create: Int { 222 }
    /// Linux `__NR_timer_settime`.
    public static var timer_settime: Int { 223 }
    /// Linux `__NR_timer_gettime`.
    public static var timer_gettime: Int { 224 }
    /// Linux `__NR_timer_getoverrun`.
    public static var timer_getoverrun: Int { 225 }
    /// Linux `__NR_timer_delete`.
    public static var timer_delete: Int { 226 }
    /// Linux `__NR_clock_settime`.
    public static var clock_settime: Int { 227 }
    /// Linux `__NR_clock_gettime`.
    public static var clock_gettime: Int { 228 }
    /// Linux `__NR_clock_getres`.
    public static var clock_getres: Int { 229 }
    /// Linux `__NR_clock_nanosleep`.
    public static var clock_nanosleep: Int { 230 }
    /// Linux `__NR_exit_group`.
    public static var exit_group: Int { 231 }
    /// Linux `__NR_epoll_wait`.
    public static var epoll_wait: Int { 232 }
    /// Linux `__NR_epoll_ctl`.
    public static var epoll_ctl: Int { 233 }
    /// Linux `__NR_tgkill`.
    public static var tgkill: Int { 234 }
    /// Linux `__NR_utimes`.
    public static var utimes: Int { 235 }
    /// Linux `__NR_vserver`.
    public static var vserver: Int { 236 }
    /// Linux `__NR_mbind`.
    public static var mbind: Int { 237 }
    /// Linux `__NR_set_mempolicy`.
    public static var set_mempolicy: Int { 238 }
    /// Linux `__NR_get_mempolicy`.
    public static var get_mempolicy: Int { 239 }
    /// Linux `__NR_mq_open`.
    public static var mq_open: Int { 240 }
    /// Linux `__NR_mq_unlink`.
    public static var mq_unlink: Int { 241 }
    /// Linux `__NR_mq_timedsend`.
    public static var mq_timedsend: Int { 242 }
    /// Linux `__NR_mq_timedreceive`.
    public static var mq_timedreceive: Int { 243 }
    /// Linux `__NR_mq_notify`.
    public static var mq_notify: Int { 244 }
    /// Linux `__NR_mq_getsetattr`.
    public static var mq_getsetattr: Int { 245 }
    /// Linux `__NR_kexec_load`.
    public static var kexec_load: Int { 246 }
    /// Linux `__NR_waitid`.
    public static var waitid: Int { 247 }
    /// Linux `__NR_add_key`.
    public static var add_key: Int { 248 }
    /// Linux `__NR_request_key`.
    public static var request_key: Int { 249 }
    /// Linux `__NR_keyctl`.
    public static var keyctl: Int { 250 }
    /// Linux `__NR_ioprio_set`.
    public static var ioprio_set: Int { 251 }
    /// Linux `__NR_ioprio_get`.
    public static var ioprio_get: Int { 252 }
    /// Linux `__NR_inotify_init`.
    public static var inotify_init: Int { 253 }
    /// Linux `__NR_inotify_add_watch`.
    public static var inotify_add_watch: Int { 254 }
    /// Linux `__NR_inotify_rm_watch`.
    public static var inotify_rm_watch: Int { 255 }
    /// Linux `__NR_migrate_pages`.
    public static var migrate_pages: Int { 256 }
    /// Linux `__NR_openat`.
    public static var openat: Int { 257 }
    /// Linux `__NR_mkdirat`.
    public static var mkdirat: Int { 258 }
    /// Linux `__NR_mknodat`.
    public static var mknodat: Int { 259 }
    /// Linux `__NR_fchownat`.
    public static var fchownat: Int { 260 }
    /// Linux `__NR_futimesat`.
    public static var futimesat: Int { 261 }
    /// Linux `__NR_newfstatat`.
    public static var newfstatat: Int { 262 }
    /// Linux `__NR_unlinkat`.
    public static var unlinkat: Int { 263 }
    /// Linux `__NR_renameat`.
    public static var renameat: Int { 264 }
    /// Linux `__NR_linkat`.
    public static var linkat: Int { 265 }
    /// Linux `__NR_symlinkat`.
    public static var symlinkat: Int { 266 }
    /// Linux `__NR_readlinkat`.
    public static var readlinkat: Int { 267 }
    /// Linux `__NR_fchmodat`.
    public static var fchmodat: Int { 268 }
    /// Linux `__NR_faccessat`.
    public static var faccessat: Int { 269 }
    /// Linux `__NR_pselect6`.
    public static var pselect6: Int { 270 }
    /// Linux `__NR_ppoll`.
    public static var ppoll: Int { 271 }
    /// Linux `__NR_unshare`.
    public static var unshare: Int { 272 }
    /// Linux `__NR_set_robust_list`.
    public static var set_robust_list: Int { 273 }
    /// Linux `__NR_get_robust_list`.
    public static var get_robust_list: Int { 274 }
    /// Linux `__NR_splice`.
    public static var splice: Int { 275 }
    /// Linux `__NR_tee`.
    public static var tee: Int { 276 }
    /// Linux `__NR_sync_file_range`.
    public static var sync_file_range: Int { 277 }
    /// Linux `__NR_vmsplice`.
    public static var vmsplice: Int { 278 }
    /// Linux `__NR_move_pages`.
    public static var move_pages: Int { 279 }
    /// Linux `__NR_utimensat`.
    public static var utimensat: Int { 280 }
    /// Linux `__NR_epoll_pwait`.
    public static var epoll_pwait: Int { 281 }
    /// Linux `__NR_signalfd`.
    public static var signalfd: Int { 282 }
    /// Linux `__NR_timerfd_create`.
    public static var timerfd_create: Int { 283 }
    /// Linux `__NR_eventfd`.
    public static var eventfd: Int { 284 }
    /// Linux `__NR_fallocate`.
    public static var fallocate: Int { 285 }
    /// Linux `__NR_timerfd_settime`.
    public static var timerfd_settime: Int { 286 }
    /// Linux `__NR_timerfd_gettime`.
    public static var timerfd_gettime: Int { 287 }
    /// Linux `__NR_accept4`.
    public static var accept4: Int { 288 }
    /// Linux `__NR_signalfd4`.
    public static var signalfd4: Int { 289 }
    /// Linux `__NR_eventfd2`.
    public static var eventfd2: Int { 290 }
    /// Linux `__NR_epoll_create1`.
    public static var epoll_create1: Int { 291 }
    /// Linux `__NR_dup3`.
    public static var dup3: Int { 292 }
    /// Linux `__NR_pipe2`.
    public static var pipe2: Int { 293 }
    /// Linux `__NR_inotify_init1`.
    public static var inotify_init1: Int { 294 }
    /// Linux `__NR_preadv`.
    public static var preadv: Int { 295 }
    /// Linux `__NR_pwritev`.
    public static var pwritev: Int { 296 }
    /// Linux `__NR_rt_tgsigqueueinfo`.
    public static var rt_tgsigqueueinfo: Int { 297 }
    /// Linux `__NR_perf_event_open`.
    public static var perf_event_open: Int { 298 }
    /// Linux `__NR_recvmmsg`.
    public static var recvmmsg: Int { 299 }
    /// Linux `__NR_fanotify_init`.
    public static var fanotify_init: Int { 300 }
    /// Linux `__NR_fanotify_mark`.
    public static var fanotify_mark: Int { 301 }
    /// Linux `__NR_prlimit64`.
    public static var prlimit64: Int { 302 }
    /// Linux `__NR_name_to_handle_at`.
    public static var name_to_handle_at: Int { 303 }
    /// Linux `__NR_open_by_handle_at`.
    public static var open_by_handle_at: Int { 304 }
    /// Linux `__NR_clock_adjtime`.
    public static var clock_adjtime: Int { 305 }
    /// Linux `__NR_syncfs`.
    public static var syncfs: Int { 306 }
    /// Linux `__NR_sendmmsg`.
    public static var sendmmsg: Int { 307 }
    /// Linux `__NR_setns`.
    public static var setns: Int { 308 }
    /// Linux `__NR_getcpu`.
    public static var getcpu: Int { 309 }
    /// Linux `__NR_process_vm_readv`.
    public static var process_vm_readv: Int { 310 }
    /// Linux `__NR_process_vm_writev`.
    public static var process_vm_writev: Int { 311 }
    /// Linux `__NR_kcmp`.
    public static var kcmp: Int { 312 }
    /// Linux `__NR_finit_module`.
    public static var finit_module: Int { 313 }
    /// Linux `__NR_sched_setattr`.
    public static var sched_setattr: Int { 314 }
    /// Linux `__NR_sched_getattr`.
    public static var sched_getattr: Int { 315 }
    /// Linux `__NR_renameat2`.
    public static var renameat2: Int { 316 }
    /// Linux `__NR_seccomp`.
    public static var seccomp: Int { 317 }
    /// Linux `__NR_getrandom`.
    public static var getrandom: Int { 318 }
    /// Linux `__NR_memfd_create`.
    public static var memfd_create: Int { 319 }
    /// Linux `__NR_kexec_file_load`.
    public static var kexec_file_load: Int { 320 }
    /// Linux `__NR_bpf`.
    public static var bpf: Int { 321 }
    /// Linux `__NR_execveat`.
    public static var execveat: Int { 322 }
    /// Linux `__NR_userfaultfd`.
    public static var userfaultfd: Int { 323 }
    /// Linux `__NR_membarrier`.
    public static var membarrier: Int { 324 }
    /// Linux `__NR_mlock2`.
    public static var mlock2: Int { 325 }
    /// Linux `__NR_copy_file_range`.
    public static var copy_file_range: Int { 326 }
    /// Linux `__NR_preadv2`.
    public static var preadv2: Int { 327 }
    /// Linux `__NR_pwritev2`.
    public static var pwritev2: Int { 328 }
    /// Linux `__NR_pkey_mprotect`.
    public static var pkey_mprotect: Int { 329 }
    /// Linux `__NR_pkey_alloc`.
    public static var pkey_alloc: Int { 330 }
    /// Linux `__NR_pkey_free`.
    public static var pkey_free: Int { 331 }
    /// Linux `__NR_statx`.
    public static var statx: Int { 332 }
    /// Linux `__NR_io_pgetevents`.
    public static var io_pgetevents: Int { 333 }
    /// Linux `__NR_rseq`.
    public static var rseq: Int { 334 }
    /// Linux `__NR_pidfd_send_signal`.
    public static var pidfd_send_signal: Int { 424 }
    /// Linux `__NR_io_uring_setup`.
    public static var io_uring_setup: Int { 425 }
    /// Linux `__NR_io_uring_enter`.
    public static var io_uring_enter: Int { 426 }
    /// Linux `__NR_io_uring_register`.
    public static var io_uring_register: Int { 427 }
    /// Linux `__NR_open_tree`.
    public static var open_tree: Int { 428 }
    /// Linux `__NR_move_mount`.
    public static var move_mount: Int { 429 }
    /// Linux `__NR_fsopen`.
    public static var fsopen: Int { 430 }
    /// Linux `__NR_fsconfig`.
    public static var fsconfig: Int { 431 }
    /// Linux `__NR_fsmount`.
    public static var fsmount: Int { 432 }
    /// Linux `__NR_fspick`.
    public static var fspick: Int { 433 }
    /// Linux `__NR_pidfd_open`.
    public static var pidfd_open: Int { 434 }
    /// Linux `__NR_clone3`.
    public static var clone3: Int { 435 }
    /// Linux `__NR_close_range`.
    public static var close_range: Int { 436 }
    /// Linux `__NR_openat2`.
    public static var openat2: Int { 437 }
    /// Linux `__NR_pidfd_getfd`.
    public static var pidfd_getfd: Int { 438 }
    /// Linux `__NR_faccessat2`.
    public static var faccessat2: Int { 439 }
    /// Linux `__NR_process_madvise`.
    public static var process_madvise: Int { 440 }
    /// Linux `__NR_epoll_pwait2`.
    public static var epoll_pwait2: Int { 441 }
    /// Linux `__NR_mount_setattr`.
    public static var mount_setattr: Int { 442 }
    /// Linux `__NR_quotactl_fd`.
    public static var quotactl_fd: Int { 443 }
    /// Linux `__NR_landlock_create_ruleset`.
    public static var landlock_create_ruleset: Int { 444 }
    /// Linux `__NR_landlock_add_rule`.
    public static var landlock_add_rule: Int { 445 }
    /// Linux `__NR_landlock_restrict_self`.
    public static var landlock_restrict_self: Int { 446 }
    /// Linux `__NR_memfd_secret`.
    public static var memfd_secret: Int { 447 }
    /// Linux `__NR_process_mrelease`.
    public static var process_mrelease: Int { 448 }
    /// Linux `__NR_futex_waitv`.
    public static var futex_waitv: Int { 449 }
    /// Linux `__NR_set_mempolicy_home_node`.
    public static var set_mempolicy_home_node: Int { 450 }

    /// The highest number named here, for sizing a dispatch table.
    public static var highestKnown: Int { 450 }

    /// The Linux name of syscall `number` (`"openat"`), or nil when it is not named here.
    /// For kernel logs and an strace-like trace.
    public static func name(_ number: Int) -> StaticString? {
        switch number {
        case 0: return "read"
        case 1: return "write"
        case 2: return "open"
        case 3: return "close"
        case 4: return "stat"
        case 5: return "fstat"
        case 6: return "lstat"
        case 7: return "poll"
        case 8: return "lseek"
        case 9: return "mmap"
        case 10: return "mprotect"
        case 11: return "munmap"
        case 12: return "brk"
        case 13: return "rt_sigaction"
        case 14: return "rt_sigprocmask"
        case 15: return "rt_sigreturn"
        case 16: return "ioctl"
        case 17: return "pread64"
        case 18: return "pwrite64"
        case 19: return "readv"
        case 20: return "writev"
        case 21: return "access"
        case 22: return "pipe"
        case 23: return "select"
        case 24: return "sched_yield"
        case 25: return "mremap"
        case 26: return "msync"
        case 27: return "mincore"
        case 28: return "madvise"
        case 29: return "shmget"
        case 30: return "shmat"
        case 31: return "shmctl"
        case 32: return "dup"
        case 33: return "dup2"
        case 34: return "pause"
        case 35: return "nanosleep"
        case 36: return "getitimer"
        case 37: return "alarm"
        case 38: return "setitimer"
        case 39: return "getpid"
        case 40: return "sendfile"
        case 41: return "socket"
        case 42: return "connect"
        case 43: return "accept"
        case 44: return "sendto"
        case 45: return "recvfrom"
        case 46: return "sendmsg"
        case 47: return "recvmsg"
        case 48: return "shutdown"
        case 49: return "bind"
        case 50: return "listen"
        case 51: return "getsockname"
        case 52: return "getpeername"
        case 53: return "socketpair"
        case 54: return "setsockopt"
        case 55: return "getsockopt"
        case 56: return "clone"
        case 57: return "fork"
        case 58: return "vfork"
        case 59: return "execve"
        case 60: return "exit"
        case 61: return "wait4"
        case 62: return "kill"
        case 63: return "uname"
        case 64: return "semget"
        case 65: return "semop"
        case 66: return "semctl"
        case 67: return "shmdt"
        case 68: return "msgget"
        case 69: return "msgsnd"
        case 70: return "msgrcv"
        case 71: return "msgctl"
        case 72: return "fcntl"
        case 73: return "flock"
        case 74: return "fsync"
        case 75: return "fdatasync"
        case 76: return "truncate"
        case 77: return "ftruncate"
        case 78: return "getdents"
        case 79: return "getcwd"
        case 80: return "chdir"
        case 81: return "fchdir"
        case 82: return "rename"
        case 83: return "mkdir"
        case 84: return "rmdir"
        case 85: return "creat"
        case 86: return "link"
        case 87: return "unlink"
        case 88: return "symlink"
        case 89: return "readlink"
        case 90: return "chmod"
        case 91: return "fchmod"
        case 92: return "chown"
        case 93: return "fchown"
        case 94: return "lchown"
        case 95: return "umask"
        case 96: return "gettimeofday"
        case 97: return "getrlimit"
        case 98: return "getrusage"
        case 99: return "sysinfo"
        case 100: return "times"
        case 101: return "ptrace"
        case 102: return "getuid"
        case 103: return "syslog"
        case 104: return "getgid"
        case 105: return "setuid"
        case 106: return "setgid"
        case 107: return "geteuid"
        case 108: return "getegid"
        case 109: return "setpgid"
        case 110: return "getppid"
        case 111: return "getpgrp"
        case 112: return "setsid"
        case 113: return "setreuid"
        case 114: return "setregid"
        case 115: return "getgroups"
        case 116: return "setgroups"
        case 117: return "setresuid"
        case 118: return "getresuid"
        case 119: return "setresgid"
        case 120: return "getresgid"
        case 121: return "getpgid"
        case 122: return "setfsuid"
        case 123: return "setfsgid"
        case 124: return "getsid"
        case 125: return "capget"
        case 126: return "capset"
        case 127: return "rt_sigpending"
        case 128: return "rt_sigtimedwait"
        case 129: return "rt_sigqueueinfo"
        case 130: return "rt_sigsuspend"
        case 131: return "sigaltstack"
        case 132: return "utime"
        case 133: return "mknod"
        case 134: return "uselib"
        case 135: return "personality"
        case 136: return "ustat"
        case 137: return "statfs"
        case 138: return "fstatfs"
        case 139: return "sysfs"
        case 140: return "getpriority"
        case 141: return "setpriority"
        case 142: return "sched_setparam"
        case 143: return "sched_getparam"
        case 144: return "sched_setscheduler"
        case 145: return "sched_getscheduler"
        case 146: return "sched_get_priority_max"
        case 147: return "sched_get_priority_min"
        case 148: return "sched_rr_get_interval"
        case 149: return "mlock"
        case 150: return "munlock"
        case 151: return "mlockall"
        case 152: return "munlockall"
        case 153: return "vhangup"
        case 154: return "modify_ldt"
        case 155: return "pivot_root"
        case 156: return "_sysctl"
        case 157: return "prctl"
        case 158: return "arch_prctl"
        case 159: return "adjtimex"
        case 160: return "setrlimit"
        case 161: return "chroot"
        case 162: return "sync"
        case 163: return "acct"
        case 164: return "settimeofday"
        case 165: return "mount"
        case 166: return "umount2"
        case 167: return "swapon"
        case 168: return "swapoff"
        case 169: return "reboot"
        case 170: return "sethostname"
        case 171: return "setdomainname"
        case 172: return "iopl"
        case 173: return "ioperm"
        case 174: return "create_module"
        case 175: return "init_module"
        case 176: return "delete_module"
        case 177: return "get_kernel_syms"
        case 178: return "query_module"
        case 179: return "quotactl"
        case 180: return "nfsservctl"
        case 181: return "getpmsg"
        case 182: return "putpmsg"
        case 183: return "afs_syscall"
        case 184: return "tuxcall"
        case 185: return "security"
        case 186: return "gettid"
        case 187: return "readahead"
        case 188: return "setxattr"
        case 189: return "lsetxattr"
        case 190: return "fsetxattr"
        case 191: return "getxattr"
        case 192: return "lgetxattr"
        case 193: return "fgetxattr"
        case 194: return "listxattr"
        case 195: return "llistxattr"
        case 196: return "flistxattr"
        case 197: return "removexattr"
        case 198: return "lremovexattr"
        case 199: return "fremovexattr"
        case 200: return "tkill"
        case 201: return "time"
        case 202: return "futex"
        case 203: return "sched_setaffinity"
        case 204: return "sched_getaffinity"
        case 205: return "set_thread_area"
        case 206: return "io_setup"
        case 207: return "io_destroy"
        case 208: return "io_getevents"
        case 209: return "io_submit"
        case 210: return "io_cancel"
        case 211: return "get_thread_area"
        case 212: return "lookup_dcookie"
        case 213: return "epoll_create"
        case 214: return "epoll_ctl_old"
        case 215: return "epoll_wait_old"
        case 216: return "remap_file_pages"
        case 217: return "getdents64"
        case 218: return "set_tid_address"
        case 219: return "restart_syscall"
        case 220: return "semtimedop"
        case 221: return "fadvise64"
        case 222: return "timer_create"
        case 223: return "timer_settime"
        case 224: return "timer_gettime"
        case 225: return "timer_getoverrun"
        case 226: return "timer_delete"
        case 227: return "clock_settime"
        case 228: return "clock_gettime"
        case 229: return "clock_getres"
        case 230: return "clock_nanosleep"
        case 231: return "exit_group"
        case 232: return "epoll_wait"
        case 233: return "epoll_ctl"
        case 234: return "tgkill"
        case 235: return "utimes"
        case 236: return "vserver"
        case 237: return "mbind"
        case 238: return "set_mempolicy"
        case 239: return "get_mempolicy"
        case 240: return "mq_open"
        case 241: return "mq_unlink"
        case 242: return "mq_timedsend"
        case 243: return "mq_timedreceive"
        case 244: return "mq_notify"
        case 245: return "mq_getsetattr"
        case 246: return "kexec_load"
        case 247: return "waitid"
        case 248: return "add_key"
        case 249: return "request_key"
        case 250: return "keyctl"
        case 251: return "ioprio_set"
        case 252: return "ioprio_get"
        case 253: return "inotify_init"
        case 254: return "inotify_add_watch"
        case 255: return "inotify_rm_watch"
        case 256: return "migrate_pages"
        case 257: return "openat"
        case 258: return "mkdirat"
        case 259: return "mknodat"
        case 260: return "fchownat"
        case 261: return "futimesat"
        case 262: return "newfstatat"
        case 263: return "unlinkat"
        case 264: return "renameat"
        case 265: return "linkat"
        case 266: return "symlinkat"
        case 267: return "readlinkat"
        case 268: return "fchmodat"
        case 269: return "faccessat"
        case 270: return "pselect6"
        case 271: return "ppoll"
        case 272: return "unshare"
        case 273: return "set_robust_list"
        case 274: return "get_robust_list"
        case 275: return "splice"
        case 276: return "tee"
        case 277: return "sync_file_range"
        case 278: return "vmsplice"
        case 279: return "move_pages"
        case 280: return "utimensat"
        case 281: return "epoll_pwait"
        case 282: return "signalfd"
        case 283: return "timerfd_create"
        case 284: return "eventfd"
        case 285: return "fallocate"
        case 286: return "timerfd_settime"
        case 287: return "timerfd_gettime"
        case 288: return "accept4"
        case 289: return "signalfd4"
        case 290: return "eventfd2"
        case 291: return "epoll_create1"
        case 292: return "dup3"
        case 293: return "pipe2"
        case 294: return "inotify_init1"
        case 295: return "preadv"
        case 296: return "pwritev"
        case 297: return "rt_tgsigqueueinfo"
        case 298: return "perf_event_open"
        case 299: return "recvmmsg"
        case 300: return "fanotify_init"
        case 301: return "fanotify_mark"
        case 302: return "prlimit64"
        case 303: return "name_to_handle_at"
        case 304: return "open_by_handle_at"
        case 305: return "clock_adjtime"
        case 306: return "syncfs"
        case 307: return "sendmmsg"
        case 308: return "setns"
        case 309: return "getcpu"
        case 310: return "process_vm_readv"
        case 311: return "process_vm_writev"
        case 312: return "kcmp"
        case 313: return "finit_module"
        case 314: return "sched_setattr"
        case 315: return "sched_getattr"
        case 316: return "renameat2"
        case 317: return "seccomp"
        case 318: return "getrandom"
        case 319: return "memfd_create"
        case 320: return "kexec_file_load"
        case 321: return "bpf"
        case 322: return "execveat"
        case 323: return "userfaultfd"
        case 324: return "membarrier"
        case 325: return "mlock2"
        case 326: return "copy_file_range"
        case 327: return "preadv2"
        case 328: return "pwritev2"
        case 329: return "pkey_mprotect"
        case 330: return "pkey_alloc"
        case 331: return "pkey_free"
        case 332: return "statx"
        case 333: return "io_pgetevents"
        case 334: return "rseq"
        case 424: return "pidfd_send_signal"
        case 425: return "io_uring_setup"
        case 426: return "io_uring_enter"
        case 427: return "io_uring_register"
        case 428: return "open_tree"
        case 429: return "move_mount"
        case 430: return "fsopen"
        case 431: return "fsconfig"
        case 432: return "fsmount"
        case 433: return "fspick"
        case 434: return "pidfd_open"
        case 435: return "clone3"
        case 436: return "close_range"
        case 437: return "openat2"
        case 438: return "pidfd_getfd"
        case 439: return "faccessat2"
        case 440: return "process_madvise"
        case 441: return "epoll_pwait2"
        case 442: return "mount_setattr"
        case 443: return "quotactl_fd"
        case 444: return "landlock_create_ruleset"
        case 445: return "landlock_add_rule"
        case 446: return "landlock_restrict_self"
        case 447: return "memfd_secret"
        case 448: return "process_mrelease"
        case 449: return "futex_waitv"
        case 450: return "set_mempolicy_home_node"
        default: return nil
        }
    }
}
