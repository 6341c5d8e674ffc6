catch {
    Write-Host ([(${t.f('common.failure', '$_.Exception.Message')})])
}
finally {
    if ($transcribing) {
        Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
    }
}
exit $exitCode